// Package helpercheck holds the test code that every kubelet line needs for
// its pure helpers (the hash, the expansions, the parsers, the pod
// helpers): the checks of a golden line against the line's functions, the
// plain reference implementations the benchmarks and fuzz tests compare
// with, and the fuzz properties. A line's tests pass in its own functions,
// so one check serves every line and no line copies another's tests.
//
// It is imported only by _test.go files.
package helpercheck
