package container

import (
	"errors"
)

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

// Bounds of the termination messages the kubelet reads: of all containers
// of a pod, of a container's file, of a message from its log (bytes, lines).
const (
	MaxPodTerminationMessageLogLength       = 1024 * 12
	MaxContainerTerminationMessageLength    = 1024 * 4
	MaxContainerTerminationMessageLogLength = 1024 * 2
	MaxContainerTerminationMessageLogLines  = 80
)

// ImplicitContainerPrefix starts the field path of a container outside the
// pod's spec, such as its sandbox.
var ImplicitContainerPrefix = "implicitly required container "
