package container

import "github.com/kubecontainer/kubecontainer/internal/syncresult"

// SyncAction is a step of syncing a pod, as sync results name it.
type SyncAction string

const (
	// StartContainer starts a container.
	StartContainer SyncAction = "StartContainer"
	// KillContainer kills a container.
	KillContainer SyncAction = "KillContainer"
	// InitContainer runs an init container.
	InitContainer SyncAction = "InitContainer"
	// CreatePodSandbox creates the pod's sandbox.
	CreatePodSandbox SyncAction = "CreatePodSandbox"
	// ConfigPodSandbox works out the sandbox's configuration.
	ConfigPodSandbox SyncAction = "ConfigPodSandbox"
	// KillPodSandbox stops the pod's sandbox.
	KillPodSandbox SyncAction = "KillPodSandbox"
	// ResizePodInPlace resizes the pod without restarting it.
	ResizePodInPlace SyncAction = "ResizePodInPlace"
	// RemoveContainer removes a container.
	RemoveContainer SyncAction = "RemoveContainer"
)

// SyncResult is the result of one action of a pod's sync.
type SyncResult struct {
	// Action is what was done.
	Action SyncAction
	// Target is what it was done to: usually a container's name, or the
	// pod's full name for sandbox actions.
	Target interface{}
	// Error is nil when the action succeeded.
	Error error
	// Message says more about the result.
	Message string
}

// PodSyncResult sums up a SyncPod or KillPod.
type PodSyncResult struct {
	// SyncResults are the results of the single actions.
	SyncResults []*SyncResult
	// SyncError is an error of SyncPod or KillPod that is not in
	// SyncResults.
	SyncError error
}

// NewSyncResult returns the successful result of action on target.
func NewSyncResult(action SyncAction, target interface{}) *SyncResult {
	return &SyncResult{Action: action, Target: target}
}

// Fail marks the result failed with err and a message for people.
func (r *SyncResult) Fail(err error, msg string) {
	r.Error, r.Message = err, msg
}

// AddSyncResult appends results to p's.
func (p *PodSyncResult) AddSyncResult(result ...*SyncResult) {
	p.SyncResults = append(p.SyncResults, result...)
}

// AddPodSyncResult merges result into p: its step results are appended and
// its SyncError replaces p's, a nil one included.
func (p *PodSyncResult) AddPodSyncResult(result PodSyncResult) {
	p.AddSyncResult(result.SyncResults...)
	p.SyncError = result.SyncError
}

// Fail records err as the error of the sync itself.
func (p *PodSyncResult) Fail(err error) {
	p.SyncError = err
}

// Error returns nil when neither the sync nor any step failed. Otherwise it
// is an apimachinery Aggregate of "failed to SyncPod: <SyncError>" and, per
// failed step, `failed to "<Action>" for <Target %q> with <Error>:
// <Message %q>`, whose text drops repeated messages. Each of them wraps its
// cause, so errors.Is and errors.As find the causes (and a BackoffError)
// through the Aggregate.
func (p *PodSyncResult) Error() error {
	return syncresult.Error(syncresult.Wrap, p.SyncError, p.SyncResults, func(r *SyncResult) syncresult.Step {
		return syncresult.Step{Action: string(r.Action), Target: r.Target, Err: r.Error, Message: r.Message}
	})
}
