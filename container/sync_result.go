package container

import (
	"errors"

	"github.com/kubecontainer/kubecontainer/internal/syncresult"
)

// Errors a runtime reports as the Error of a SyncResult.
var (
	// ErrRunContainer means a container of the pod failed to start.
	ErrRunContainer = errors.New("RunContainerError")
	// ErrKillContainer means a container of the pod failed to stop.
	ErrKillContainer = errors.New("KillContainerError")
	// ErrCreatePodSandbox means the pod's sandbox could not be created.
	ErrCreatePodSandbox = errors.New("CreatePodSandboxError")
	// ErrConfigPodSandbox means the pod's sandbox configuration could not be
	// built.
	ErrConfigPodSandbox = errors.New("ConfigPodSandboxError")
	// ErrKillPodSandbox means the pod's sandbox failed to stop.
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

// NewSyncResult returns a result of action on target without an error.
func NewSyncResult(action SyncAction, target interface{}) *SyncResult {
	return &SyncResult{Action: action, Target: target}
}

// Fail records that the step failed with err, explained by msg.
func (r *SyncResult) Fail(err error, msg string) {
	r.Error, r.Message = err, msg
}

// AddSyncResult appends step results to p.
func (p *PodSyncResult) AddSyncResult(result ...*SyncResult) {
	p.SyncResults = append(p.SyncResults, result...)
}

// AddPodSyncResult appends the step results of result to p and replaces
// p's SyncError with result's, even when that is nil, so an earlier failure
// of p is forgotten.
func (p *PodSyncResult) AddPodSyncResult(result PodSyncResult) {
	p.AddSyncResult(result.SyncResults...)
	p.SyncError = result.SyncError
}

// Fail records an error of SyncPod or KillPod itself.
func (p *PodSyncResult) Fail(err error) {
	p.SyncError = err
}

// Error sums up every error of p, or returns nil when there is none. The
// errors are `failed to SyncPod: <SyncError>` and, for each failed step in
// order, `failed to "<Action>" for <Target as %q> with <Error>: "<Message>"`.
// They are combined as an apimachinery aggregate: one error gives its own
// text, several give "[a, b, ...]" with repeated texts left out (and no
// brackets if only one distinct text remains). As in the kubelet, the
// errors are formatted with %v, not wrapped: errors.Is does not see the
// causes through the result.
func (p *PodSyncResult) Error() error {
	return syncresult.Error(syncresult.Describe, p.SyncError, p.SyncResults, stepOf)
}

// stepOf reads a SyncResult for package syncresult.
func stepOf(r *SyncResult) syncresult.Step {
	return syncresult.Step{Action: string(r.Action), Target: r.Target, Err: r.Error, Message: r.Message}
}
