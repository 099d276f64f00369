package container

import (
	"errors"

	"github.com/kubecontainer/kubecontainer/internal/syncresult"
)

// The errors of the steps of a pod's sync.
var (
	// ErrRunContainer: a container did not start.
	ErrRunContainer = errors.New("RunContainerError")
	// ErrKillContainer: a container did not stop.
	ErrKillContainer = errors.New("KillContainerError")
	// ErrCreatePodSandbox: the sandbox was not created.
	ErrCreatePodSandbox = errors.New("CreatePodSandboxError")
	// ErrConfigPodSandbox: the sandbox's configuration was not built.
	ErrConfigPodSandbox = errors.New("ConfigPodSandboxError")
	// ErrKillPodSandbox: the sandbox did not stop.
	ErrKillPodSandbox = errors.New("KillPodSandboxError")
)

var (
	// ErrContainerNotFound means the pod has no container of that name among
	// those the kubelet manages.
	ErrContainerNotFound = errors.New("no matching container")
)

// ErrCrashLoopBackOff means a container exited and its restart waits out
// a back-off.
var ErrCrashLoopBackOff = errors.New("CrashLoopBackOff")

// SyncAction is a kind of step of SyncPod or KillPod.
type SyncAction string

// The steps.
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

// SyncResult is what came of one step.
type SyncResult struct {
	// Action is the step.
	Action SyncAction
	// Target is what it acted on, usually a container's name.
	Target interface{}
	// Error is nil for success, else a short reason such as
	// ErrRunContainer.
	Error error
	// Message tells a person more.
	Message string
}

// PodSyncResult is what came of a SyncPod or KillPod.
type PodSyncResult struct {
	// SyncResults are its steps' results.
	SyncResults []*SyncResult
	// SyncError is a failure of the call outside of its steps.
	SyncError error
}

// NewSyncResult returns a result, without an error, of action on target.
func NewSyncResult(action SyncAction, target interface{}) *SyncResult {
	return &SyncResult{Action: action, Target: target}
}

// Fail sets the result's error and message.
func (r *SyncResult) Fail(err error, msg string) {
	r.Error, r.Message = err, msg
}

// AddSyncResult appends step results.
func (p *PodSyncResult) AddSyncResult(result ...*SyncResult) {
	p.SyncResults = append(p.SyncResults, result...)
}

// AddPodSyncResult appends result's steps and takes its SyncError, nil
// included, so an earlier SyncError of p is lost.
func (p *PodSyncResult) AddPodSyncResult(result PodSyncResult) {
	p.AddSyncResult(result.SyncResults...)
	p.SyncError = result.SyncError
}

// Fail sets SyncError.
func (p *PodSyncResult) Fail(err error) {
	p.SyncError = err
}

// Error returns nil without failures, else an apimachinery Aggregate of
// "failed to SyncPod: <SyncError>" and, per failed step in order,
// `failed to "<Action>" for <Target %q> with <Error>: "<Message>"`, with
// repeated texts dropped. The causes are formatted, not wrapped.
func (p *PodSyncResult) Error() error {
	return syncresult.Error(syncresult.Describe, p.SyncError, p.SyncResults, func(r *SyncResult) syncresult.Step {
		return syncresult.Step{Action: string(r.Action), Target: r.Target, Err: r.Error, Message: r.Message}
	})
}
