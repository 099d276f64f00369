package container

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
