package container

import "errors"

// Errors a runtime reports as the Error of a SyncResult.
var (
	// ErrRunContainer: a container of the pod failed to start.
	ErrRunContainer = errors.New("RunContainerError")
	// ErrKillContainer: a container of the pod failed to stop.
	ErrKillContainer = errors.New("KillContainerError")
	// ErrCreatePodSandbox: the pod's sandbox could not be created.
	ErrCreatePodSandbox = errors.New("CreatePodSandboxError")
	// ErrConfigPodSandbox: the pod's sandbox configuration could not be
	// built.
	ErrConfigPodSandbox = errors.New("ConfigPodSandboxError")
	// ErrKillPodSandbox: the pod's sandbox failed to stop.
	ErrKillPodSandbox = errors.New("KillPodSandboxError")
)

// SyncAction is one kind of step of SyncPod or KillPod.
type SyncAction string

// The steps of SyncPod and KillPod.
const (
	StartContainer   SyncAction = "StartContainer"
	KillContainer    SyncAction = "KillContainer"
	SetupNetwork     SyncAction = "SetupNetwork"
	TeardownNetwork  SyncAction = "TeardownNetwork"
	InitContainer    SyncAction = "InitContainer"
	CreatePodSandbox SyncAction = "CreatePodSandbox"
	ConfigPodSandbox SyncAction = "ConfigPodSandbox"
	KillPodSandbox   SyncAction = "KillPodSandbox"
)

// SyncResult is the outcome of one step of SyncPod or KillPod.
type SyncResult struct {
	// Action is the step.
	Action SyncAction
	// Target is what the step acted on: a container name for container
	// steps, the pod's full name for network steps.
	Target interface{}
	// Error is a short error reason, nil on success.
	Error error
	// Message explains the error to a human.
	Message string
}

// PodSyncResult sums up a SyncPod or KillPod call.
type PodSyncResult struct {
	// SyncResults of the individual steps.
	SyncResults []*SyncResult
	// SyncError is an error of SyncPod or KillPod itself that no step
	// result covers.
	SyncError error
}
