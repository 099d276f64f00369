package container

import (
	"time"

	"k8s.io/apimachinery/pkg/api/resource"
	"k8s.io/apimachinery/pkg/types"
	runtimeapi "k8s.io/cri-api/pkg/apis/runtime/v1"
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
