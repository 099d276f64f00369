package container

import "errors"

// ErrCrashLoopBackOff is returned when a container has ended and the
// kubelet is waiting out the back-off before restarting it.
var ErrCrashLoopBackOff = errors.New("CrashLoopBackOff")

// ErrContainerNotFound is returned when the kubelet manages no container of
// the given name in the given pod.
var (
	ErrContainerNotFound = errors.New("no matching container")
)
