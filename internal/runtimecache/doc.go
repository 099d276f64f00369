// Package runtimecache is the kubelet's runtime cache of running pods,
// written once for every kubelet line and generic over the line's Pod type.
//
// A warm cache is read without a lock; refreshes, which call the runtime,
// are serialized by a mutex that tests can hold (the kubelet's
// TestRuntimeCache exposes it).
package runtimecache
