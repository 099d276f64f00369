package container

import (
	"errors"
	"time"

	"github.com/kubecontainer/kubecontainer/internal/syncresult"
)

// The errors of the kubelet: the reasons a sync of a pod fails, then
// ErrContainerNotFound (the pod has no container of that name) and
// ErrCrashLoopBackOff (a container waits out its back-off).
var (
	ErrRunContainer      = errors.New("RunContainerError")
	ErrKillContainer     = errors.New("KillContainerError")
	ErrCreatePodSandbox  = errors.New("CreatePodSandboxError")
	ErrConfigPodSandbox  = errors.New("ConfigPodSandboxError")
	ErrKillPodSandbox    = errors.New("KillPodSandboxError")
	ErrResizePodInPlace  = errors.New("ResizePodInPlaceError")
	ErrRemoveContainer   = errors.New("RemoveContainerError")
	ErrContainerNotFound = errors.New("no matching container")
	ErrCrashLoopBackOff  = errors.New("CrashLoopBackOff")
)

// Bounds of the termination messages the kubelet reads: of all containers
// of a pod, of a container's file, of a message from its log (bytes, lines).
const (
	MaxPodTerminationMessageLogLength       = 1024 * 12
	MaxContainerTerminationMessageLength    = 1024 * 4
	MaxContainerTerminationMessageLogLength = 1024 * 2
	MaxContainerTerminationMessageLogLines  = 80
)

// ContainerReasonStatusUnknown is the reason of a container of unknown status.
const ContainerReasonStatusUnknown string = "ContainerStatusUnknown"

// ImplicitContainerPrefix starts the field path of a container outside the
// pod's spec, such as its sandbox.
var ImplicitContainerPrefix = "implicitly required container "

// BackoffError is an error marked with the time its back-off expires; it
// does not unwrap.
type BackoffError struct {
	error
	backoffTime time.Time
}

// NewBackoffError returns err (not nil) marked with backoffTime.
func NewBackoffError(err error, backoffTime time.Time) *BackoffError {
	return &BackoffError{error: err, backoffTime: backoffTime}
}

// BackoffTime returns the time given to NewBackoffError.
func (e *BackoffError) BackoffTime() time.Time { return e.backoffTime }

// MinBackoffExpiration returns when the back-off err carries expires: the
// first BackoffError errors.As finds, else the earliest in an Aggregate.
func MinBackoffExpiration(err error) (time.Time, bool) {
	return syncresult.MinBackoff[BackoffError](err)
}
