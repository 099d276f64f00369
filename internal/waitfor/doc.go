// Package waitfor holds the waits of the project's tests: each gives up
// after Timeout and fails the test with a message naming what it waited
// for, so that a regression that leaves a goroutine blocked fails in
// seconds instead of hanging the test binary until go test's own timeout.
//
// It is used by tests and benchmarks only. Its functions call tb.Fatalf,
// so they must run on the goroutine of the test or benchmark.
package waitfor
