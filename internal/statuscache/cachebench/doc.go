// Package cachebench holds the benchmarks of the pod status cache, shared
// by every kubelet line: each line's Benchmark functions call them with its
// own NewCache, and every benchmark runs that cache (impl=ours) against
// package reference (impl=reference) on caches of 10, 1,000 and 10,000
// pods, each pod with one GetNewerThan goroutine blocked on it.
//
// It is used by tests only.
package cachebench
