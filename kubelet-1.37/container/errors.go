package container

import (
	"errors"
	"time"

	"github.com/kubecontainer/kubecontainer/internal/syncresult"
)

// The reasons a sync of a pod fails, as the kubelet reports them.
var (
	ErrRunContainer     = errors.New("RunContainerError")
	ErrKillContainer    = errors.New("KillContainerError")
	ErrCreatePodSandbox = errors.New("CreatePodSandboxError")
	ErrConfigPodSandbox = errors.New("ConfigPodSandboxError")
	ErrKillPodSandbox   = errors.New("KillPodSandboxError")
	ErrResizePodInPlace = errors.New("ResizePodInPlaceError")
	ErrRemoveContainer  = errors.New("RemoveContainerError")
)

var (
	// ErrContainerNotFound means the pod has no container of that name.
	ErrContainerNotFound = errors.New("no matching container")
)

// ErrCrashLoopBackOff means a container exited and waits out its back-off.
var ErrCrashLoopBackOff = errors.New("CrashLoopBackOff")

var (
	// ErrPodNotFound means Runtime.GetPod found no sandbox of the pod.
	ErrPodNotFound = errors.New("pod sandboxes not found")
)

// BackoffError is an error marked with the time its back-off expires. It
// reads as the error it was made from but does not unwrap to it.
type BackoffError struct {
	error
	backoffTime time.Time
}

// NewBackoffError returns err, which must not be nil, marked with
// backoffTime.
func NewBackoffError(err error, backoffTime time.Time) *BackoffError {
	return &BackoffError{error: err, backoffTime: backoffTime}
}

// BackoffTime returns the time given to NewBackoffError.
func (e *BackoffError) BackoffTime() time.Time { return e.backoffTime }

// MinBackoffExpiration returns when the back-off carried by err expires and
// whether it carries one: the first BackoffError errors.As finds, else the
// earliest in the first apimachinery Aggregate, else that of
// errors.Unwrap(err). A zero time counts as found.
func MinBackoffExpiration(err error) (time.Time, bool) {
	return syncresult.MinBackoff[BackoffError](err)
}
