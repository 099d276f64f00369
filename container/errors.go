package container

import "errors"

// The reasons a sync of a pod fails, as the kubelet reports them.
var (
	ErrRunContainer     = errors.New("RunContainerError")
	ErrKillContainer    = errors.New("KillContainerError")
	ErrCreatePodSandbox = errors.New("CreatePodSandboxError")
	ErrConfigPodSandbox = errors.New("ConfigPodSandboxError")
	ErrKillPodSandbox   = errors.New("KillPodSandboxError")
)

var (
	// ErrContainerNotFound means the pod has no container of that name.
	ErrContainerNotFound = errors.New("no matching container")
)

// ErrCrashLoopBackOff means a container exited and waits out its back-off.
var ErrCrashLoopBackOff = errors.New("CrashLoopBackOff")
