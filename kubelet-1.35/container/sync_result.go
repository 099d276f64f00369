package container

import "github.com/kubecontainer/kubecontainer/internal/syncresult"

// SyncAction is a step of syncing a pod.
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
	ResizePodInPlace SyncAction = "ResizePodInPlace"
	RemoveContainer  SyncAction = "RemoveContainer"
)

// SyncResult is the result of one step of a pod's sync.
type SyncResult struct {
	Action SyncAction
	// Target is a container's name, or the pod's full name.
	Target  interface{}
	Error   error
	Message string
}

// PodSyncResult sums up a SyncPod or KillPod.
type PodSyncResult struct {
	SyncResults []*SyncResult
	// SyncError is an error of the sync itself, not of a step.
	SyncError error
}

// NewSyncResult returns the successful result of action on target.
func NewSyncResult(action SyncAction, target interface{}) *SyncResult {
	return &SyncResult{Action: action, Target: target}
}

// Fail marks the result failed with err and a message for people.
func (r *SyncResult) Fail(err error, msg string) { r.Error, r.Message = err, msg }

// AddSyncResult appends results to p's.
func (p *PodSyncResult) AddSyncResult(result ...*SyncResult) {
	p.SyncResults = append(p.SyncResults, result...)
}

// AddPodSyncResult appends result's step results to p's and replaces p's
// SyncError with result's, even a nil one.
func (p *PodSyncResult) AddPodSyncResult(result PodSyncResult) {
	p.AddSyncResult(result.SyncResults...)
	p.SyncError = result.SyncError
}

// Fail records err as the error of the sync itself.
func (p *PodSyncResult) Fail(err error) { p.SyncError = err }

// Error returns nil when nothing failed, else the kubelet's Aggregate of
// the sync's and each failed step's error, each wrapping its cause.
func (p *PodSyncResult) Error() error {
	return syncresult.Error(syncresult.Wrap, p.SyncError, p.SyncResults, func(r *SyncResult) syncresult.Step {
		return syncresult.Step{Action: string(r.Action), Target: r.Target, Err: r.Error, Message: r.Message}
	})
}
