package container

import "errors"

// The reasons a sync of a pod fails, as the kubelet reports them.
var (
	// ErrRunContainer: a container of the pod could not be started.
	ErrRunContainer = errors.New("RunContainerError")
	// ErrKillContainer: a container of the pod could not be killed.
	ErrKillContainer = errors.New("KillContainerError")
	// ErrCreatePodSandbox: the pod's sandbox could not be created.
	ErrCreatePodSandbox = errors.New("CreatePodSandboxError")
	// ErrConfigPodSandbox: the sandbox configuration could not be made.
	ErrConfigPodSandbox = errors.New("ConfigPodSandboxError")
	// ErrKillPodSandbox: the pod's sandbox could not be stopped.
	ErrKillPodSandbox = errors.New("KillPodSandboxError")
	// ErrResizePodInPlace: the pod could not be resized.
	ErrResizePodInPlace = errors.New("ResizePodInPlaceError")
	// ErrRemoveContainer: a container of the pod could not be removed.
	ErrRemoveContainer = errors.New("RemoveContainerError")
)

var (
	// ErrContainerNotFound is returned when the pod has no container of
	// the requested name among those the kubelet manages.
	ErrContainerNotFound = errors.New("no matching container")
)

// ErrCrashLoopBackOff is returned when a container exited and the kubelet
// waits out its back-off before starting it again.
var ErrCrashLoopBackOff = errors.New("CrashLoopBackOff")

var (
	// ErrPodNotFound is returned by Runtime.GetPod when the runtime has no
	// sandbox of the pod.
	ErrPodNotFound = errors.New("pod sandboxes not found")
)
