package container

import (
	"time"

	v1 "k8s.io/api/core/v1"
	"k8s.io/apimachinery/pkg/api/resource"
	"k8s.io/apimachinery/pkg/types"
	runtimeapi "k8s.io/cri-api/pkg/apis/runtime/v1"

	"github.com/kubecontainer/kubecontainer/internal/runtimepod"
)

// PodStatus is the status of a pod and its containers in the runtime.
type PodStatus struct {
	ID                types.UID
	Name              string
	Namespace         string
	IPs               []string
	ContainerStatuses []*Status
	// ActiveContainerStatuses are those of the pod's current sandbox.
	ActiveContainerStatuses []*Status
	SandboxStatuses         []*runtimeapi.PodSandboxStatus
	// TimeStamp is when the statuses were read.
	TimeStamp time.Time
}

// Status is the status of one container.
type Status struct {
	ID                  ContainerID
	Name                string
	State               State
	CreatedAt           time.Time
	StartedAt           time.Time
	FinishedAt          time.Time
	ExitCode            int
	Image               string
	ImageID             string
	ImageRef            string
	ImageRuntimeHandler string
	Hash                uint64
	RestartCount        int
	Reason              string
	Message             string
	Resources           *ContainerResources
	User                *ContainerUser
	Mounts              []Mount
	StopSignal          *v1.Signal
}

// ContainerResources are the resources in effect for a running container.
type ContainerResources struct {
	CPURequest    *resource.Quantity
	CPULimit      *resource.Quantity
	MemoryRequest *resource.Quantity
	MemoryLimit   *resource.Quantity
}

// ContainerUser is the identity of a container's first process.
type ContainerUser struct {
	Linux *LinuxContainerUser
}

// LinuxContainerUser is the identity of a process on Linux.
type LinuxContainerUser struct {
	UID                int64
	GID                int64
	SupplementalGroups []int64
}

// FindContainerStatusByName returns the first container status named
// containerName, or nil.
func (podStatus *PodStatus) FindContainerStatusByName(containerName string) *Status {
	return runtimepod.First(podStatus.ContainerStatuses, func(s *Status) bool { return s.Name == containerName })
}

// GetRunningContainerStatuses returns the running statuses, never nil.
func (podStatus *PodStatus) GetRunningContainerStatuses() []*Status {
	return runtimepod.Filter(podStatus.ContainerStatuses, isRunning)
}

// isRunning reports whether a container status is in state running.
func isRunning(s *Status) bool { return s.State == ContainerStateRunning }

// SortContainerStatusesByCreationTime sorts statuses by CreatedAt, oldest
// first, with sort.Sort.
type SortContainerStatusesByCreationTime []*Status

// Len returns how many statuses s holds.
func (s SortContainerStatusesByCreationTime) Len() int { return len(s) }

// Swap exchanges the statuses at i and j.
func (s SortContainerStatusesByCreationTime) Swap(i, j int) { s[i], s[j] = s[j], s[i] }

// Less reports whether the status at i was created before the one at j.
func (s SortContainerStatusesByCreationTime) Less(i, j int) bool {
	return s[i].CreatedAt.Before(s[j].CreatedAt)
}
