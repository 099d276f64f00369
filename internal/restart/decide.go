package restart

import (
	v1 "k8s.io/api/core/v1"
)

// The runtime states Decide tells apart, as the lines' State constants
// spell them.
const (
	stateCreated = "created"
	stateRunning = "running"
	stateUnknown = "unknown"
)

// Decide reports whether the kubelet should (re)start a container of pod.
// find returns the container's runtime status that decides (the first one
// with the container's name), or nil; it is called only when pod is not
// being deleted. state reads that status's state and exit code. afterExit
// judges a container in any state other than running, created or unknown
// (exited, but also an empty or unexpected state) by its exit code.
//
// The rules, first match wins: a pod with a deletion timestamp restarts
// nothing; a container without a status is started; a running one is left
// alone; a created or unknown one is restarted; otherwise afterExit
// decides.
func Decide[S any](pod *v1.Pod, find func() *S, state func(*S) (string, int), afterExit func(exitCode int) bool) bool {
	if pod.DeletionTimestamp != nil {
		return false
	}
	status := find()
	if status == nil {
		return true
	}
	current, exitCode := state(status)
	switch current {
	case stateRunning:
		return false
	case stateUnknown, stateCreated:
		return true
	}
	return afterExit(exitCode)
}
