package container

import (
	"time"

	"k8s.io/apimachinery/pkg/api/resource"
	"k8s.io/apimachinery/pkg/types"
	runtimeapi "k8s.io/cri-api/pkg/apis/runtime/v1"

	"github.com/kubecontainer/kubecontainer/internal/runtimepod"
)

// PodStatus is the status of a pod and of its containers as the runtime
// reports it. The API's v1.PodStatus is derived from it and the v1.Pod.
type PodStatus struct {
	// ID of the pod.
	ID types.UID
	// Name of the pod.
	Name string
	// Namespace of the pod.
	Namespace string
	// IPs assigned to the pod.
	IPs []string
	// ContainerStatuses of the pod's containers.
	ContainerStatuses []*Status
	// SandboxStatuses of the pod's sandboxes; only the CRI runtime
	// fills it in.
	SandboxStatuses []*runtimeapi.PodSandboxStatus
	// TimeStamp is when the statuses were recorded.
	TimeStamp time.Time
}

// Status is the status of one container.
type Status struct {
	// ID of the container.
	ID ContainerID
	// Name of the container.
	Name string
	// State of the container.
	State State
	// CreatedAt is when the container was created.
	CreatedAt time.Time
	// StartedAt is when the container was started.
	StartedAt time.Time
	// FinishedAt is when the container ended.
	FinishedAt time.Time
	// ExitCode of the container.
	ExitCode int
	// Image the container runs, with its tag ("NAME:TAG").
	Image string
	// ImageID is the ID of that image.
	ImageID string
	// Hash of the container spec (see HashContainer).
	Hash uint64
	// HashWithoutResources is the hash with Resources zeroed (see
	// HashContainerWithoutResources).
	HashWithoutResources uint64
	// RestartCount is how often the container has been restarted.
	RestartCount int
	// Reason is a short word for why the container is in this state.
	Reason string
	// Message the container wrote before it ended (its termination
	// message).
	Message string
	// Resources are the CPU and memory the container was given.
	Resources *ContainerResources
}

// ContainerResources are the resources given to a running container.
type ContainerResources struct {
	// CPURequest is the CPU reserved for the container.
	CPURequest *resource.Quantity
	// CPULimit is the CPU the container may use at most.
	CPULimit *resource.Quantity
	// MemoryRequest is the memory reserved for the container.
	MemoryRequest *resource.Quantity
	// MemoryLimit is the memory the container may use at most.
	MemoryLimit *resource.Quantity
}

// FindContainerStatusByName returns the first status of the container named
// containerName, or nil. Runtimes list the newest status of a container
// first, so that is the one returned.
func (podStatus *PodStatus) FindContainerStatusByName(containerName string) *Status {
	return runtimepod.First(podStatus.ContainerStatuses, func(s *Status) bool { return s.Name == containerName })
}

// GetRunningContainerStatuses returns the statuses in state running, in
// order. The result is never nil: without running containers it is empty.
func (podStatus *PodStatus) GetRunningContainerStatuses() []*Status {
	return runtimepod.Filter(podStatus.ContainerStatuses, isRunning)
}

// isRunning reports whether status is in state running.
func isRunning(status *Status) bool { return status.State == ContainerStateRunning }

// ConvertPodStatusToRunningPod builds the running Pod that podStatus
// describes: its ID, name and namespace, a Container for each running
// container status, and a Container for every sandbox, whose ID has type
// runtimeName and whose state comes from SandboxToContainerState.
// Containers and Sandboxes stay nil when nothing qualifies. A nil entry in
// podStatus.SandboxStatuses makes it panic.
func ConvertPodStatusToRunningPod(runtimeName string, podStatus *PodStatus) Pod {
	return Pod{
		ID:         podStatus.ID,
		Name:       podStatus.Name,
		Namespace:  podStatus.Namespace,
		Containers: runtimepod.Convert(podStatus.ContainerStatuses, isRunning, runningContainer),
		Sandboxes: runtimepod.Sandboxes(podStatus.SandboxStatuses, func(id, state string) *Container {
			return &Container{ID: ContainerID{Type: runtimeName, ID: id}, State: State(state)}
		}),
	}
}

// runningContainer returns the Container of a running pod that stands for
// status: its ID, name, image, image ID, hashes and state.
func runningContainer(status *Status) *Container {
	return &Container{
		ID:                   status.ID,
		Name:                 status.Name,
		Image:                status.Image,
		ImageID:              status.ImageID,
		Hash:                 status.Hash,
		HashWithoutResources: status.HashWithoutResources,
		State:                status.State,
	}
}

// SandboxToContainerState maps a CRI sandbox state to a container State:
// ready is running, not ready is exited, anything else is unknown.
func SandboxToContainerState(state runtimeapi.PodSandboxState) State {
	return State(runtimepod.SandboxState(state))
}

// SortContainerStatusesByCreationTime orders container statuses by
// CreatedAt, oldest first, for sort.Sort. Instants are compared regardless
// of their time zone. sort.Sort is not stable, so statuses created at the
// same instant may come out in any order.
type SortContainerStatusesByCreationTime []*Status

// Len returns the number of statuses.
func (s SortContainerStatusesByCreationTime) Len() int { return len(s) }

// Swap exchanges the statuses at i and j.
func (s SortContainerStatusesByCreationTime) Swap(i, j int) { s[i], s[j] = s[j], s[i] }

// Less reports whether status i was created before status j.
func (s SortContainerStatusesByCreationTime) Less(i, j int) bool {
	return s[i].CreatedAt.Before(s[j].CreatedAt)
}
