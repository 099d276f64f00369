package container

import (
	"time"

	v1 "k8s.io/api/core/v1"
	"k8s.io/apimachinery/pkg/api/resource"
	"k8s.io/apimachinery/pkg/types"
	runtimeapi "k8s.io/cri-api/pkg/apis/runtime/v1"

	"github.com/kubecontainer/kubecontainer/internal/runtimepod"
)

// PodStatus is the status of a pod and of its containers as the runtime
// reports it; the kubelet derives the API's v1.PodStatus from it and the
// v1.Pod.
type PodStatus struct {
	// ID is the pod's UID.
	ID types.UID
	// Name is the pod's name.
	Name string
	// Namespace is the pod's namespace.
	Namespace string
	// IPs are the pod's IP addresses.
	IPs []string
	// ContainerStatuses are the statuses of the pod's containers.
	ContainerStatuses []*Status
	// ActiveContainerStatuses are the statuses of the containers of the
	// pod's current sandbox.
	ActiveContainerStatuses []*Status
	// SandboxStatuses are the statuses of the pod's sandboxes.
	SandboxStatuses []*runtimeapi.PodSandboxStatus
	// TimeStamp is when the statuses were read.
	TimeStamp time.Time
}

// Status is the status of one container.
type Status struct {
	// ID identifies the container in its runtime.
	ID ContainerID
	// Name is the container's name.
	Name string
	// State is the container's state.
	State State
	// CreatedAt is when the container was created.
	CreatedAt time.Time
	// StartedAt is when the container started.
	StartedAt time.Time
	// FinishedAt is when the container finished.
	FinishedAt time.Time
	// ExitCode is the exit status of a finished container.
	ExitCode int
	// Image is the container's image.
	Image string
	// ImageID is the ID of the container's image.
	ImageID string
	// ImageRef is the digested reference of the container's image.
	ImageRef string
	// ImageRuntimeHandler is the runtime handler that pulled the image.
	ImageRuntimeHandler string
	// Hash is the hash of the spec the container was created from.
	Hash uint64
	// RestartCount is how often the container was restarted.
	RestartCount int
	// Reason says in one word why the container is in its state.
	Reason string
	// Message says more about the container's state.
	Message string
	// Resources are the resources in effect for the container.
	Resources *ContainerResources
	// User is the identity of the container's first process.
	User *ContainerUser
	// Mounts are the container's mounts.
	Mounts []Mount
	// StopSignal is the signal that stops the container, when one is set.
	StopSignal *v1.Signal
}

// ContainerResources are the resources in effect for a running container.
type ContainerResources struct {
	// CPURequest is the CPU reserved for the container.
	CPURequest *resource.Quantity
	// CPULimit is the CPU limit enforced on the container.
	CPULimit *resource.Quantity
	// MemoryRequest is the memory reserved for the container.
	MemoryRequest *resource.Quantity
	// MemoryLimit is the memory limit enforced on the container.
	MemoryLimit *resource.Quantity
}

// ContainerUser is the identity of a container's first process.
type ContainerUser struct {
	// Linux is the identity on Linux; it is never set for a Windows pod.
	Linux *LinuxContainerUser
}

// LinuxContainerUser is the identity of a container's first process on
// Linux.
type LinuxContainerUser struct {
	// UID is the process's user ID.
	UID int64
	// GID is the process's primary group ID.
	GID int64
	// SupplementalGroups are the process's other groups.
	SupplementalGroups []int64
}

// FindContainerStatusByName returns the first of podStatus's container
// statuses named containerName, or nil. Runtimes list a container's newest
// status first.
func (podStatus *PodStatus) FindContainerStatusByName(containerName string) *Status {
	return runtimepod.First(podStatus.ContainerStatuses, func(s *Status) bool { return s.Name == containerName })
}

// FindActiveContainerStatusByName returns the first of podStatus's active
// container statuses (those of the current sandbox) named containerName, or
// nil.
func (podStatus *PodStatus) FindActiveContainerStatusByName(containerName string) *Status {
	return runtimepod.First(podStatus.ActiveContainerStatuses, func(s *Status) bool { return s.Name == containerName })
}

// GetRunningContainerStatuses returns, in order, the container statuses in
// state running. It never returns nil; with no running container the result
// is empty.
func (podStatus *PodStatus) GetRunningContainerStatuses() []*Status {
	return runtimepod.Filter(podStatus.ContainerStatuses, isRunning)
}

// isRunning reports whether a container status is in state running.
func isRunning(s *Status) bool { return s.State == ContainerStateRunning }
