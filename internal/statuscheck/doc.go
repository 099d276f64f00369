// Package statuscheck holds the golden-line checks that every kubelet line
// runs on its runtime-status helpers: the restart decision (restart.jsonl)
// and the misc.jsonl kinds sandboxstate, runtimestatus, sortstatus and
// runningpod. A line's tests pass in its own types and functions, so one
// check serves every line and no line copies another's tests.
//
// It is imported only by _test.go files.
package statuscheck
