package container

import (
	"time"

	v1 "k8s.io/api/core/v1"
	"k8s.io/apimachinery/pkg/api/resource"
	"k8s.io/apimachinery/pkg/types"
	runtimeapi "k8s.io/cri-api/pkg/apis/runtime/v1"

	"github.com/kubecontainer/kubecontainer/internal/podspec"
	"github.com/kubecontainer/kubecontainer/internal/runtimepod"
)

// PodStatus is what the runtime reports of a pod: its UID, name,
// namespace and addresses, its containers' statuses (newest first per
// container) and its sandboxes', and when it was read. The kubelet builds
// the API's v1.PodStatus from it.
type PodStatus struct {
	ID                types.UID
	Name              string
	Namespace         string
	IPs               []string
	ContainerStatuses []*Status
	SandboxStatuses   []*runtimeapi.PodSandboxStatus
	TimeStamp         time.Time
}

// Status is what the runtime reports of one container: its ID in the
// runtime, name and state; when it was created, started and finished, and
// its exit code; its image's name, ID, digested reference and runtime
// handler; the hash of the spec it was made from; how often it restarted;
// a reason (one word) and a message explaining its state; the resources
// in effect; the identity of its first process; its mounts.
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
}

// ContainerResources are a running container's resources.
type ContainerResources struct {
	CPURequest    *resource.Quantity
	CPULimit      *resource.Quantity
	MemoryRequest *resource.Quantity
	MemoryLimit   *resource.Quantity
}

// ContainerUser is the identity of a container's first process.
type ContainerUser struct {
	// Linux is set on Linux only.
	Linux *LinuxContainerUser
}

// LinuxContainerUser is a Linux process's user, primary group and other
// groups.
type LinuxContainerUser struct {
	UID                int64
	GID                int64
	SupplementalGroups []int64
}

// FindContainerStatusByName returns the first status called
// containerName, or nil.
func (podStatus *PodStatus) FindContainerStatusByName(containerName string) *Status {
	return runtimepod.First(podStatus.ContainerStatuses, func(s *Status) bool { return s.Name == containerName })
}

// GetRunningContainerStatuses returns the running statuses in order, an
// empty slice (not nil) when there are none.
func (podStatus *PodStatus) GetRunningContainerStatuses() []*Status {
	return runtimepod.Filter(podStatus.ContainerStatuses, running)
}

// running reports whether s is in state running.
func running(s *Status) bool { return s.State == ContainerStateRunning }

// ConvertPodStatusToRunningPod returns the Pod that podStatus describes:
// its ID, name and namespace, a Container per running status (ID, name,
// image, image ID and reference, image runtime handler, hash, state) and a
// Container per sandbox, of ID {runtimeName, sandbox ID} and the state
// SandboxToContainerState gives. Empty lists stay nil; a nil sandbox
// panics.
func ConvertPodStatusToRunningPod(runtimeName string, podStatus *PodStatus) Pod {
	return Pod{
		ID: podStatus.ID, Name: podStatus.Name, Namespace: podStatus.Namespace,
		Containers: runtimepod.Convert(podStatus.ContainerStatuses, running, func(s *Status) *Container {
			return &Container{ID: s.ID, Name: s.Name, Image: s.Image, ImageID: s.ImageID, ImageRef: s.ImageRef,
				ImageRuntimeHandler: s.ImageRuntimeHandler, Hash: s.Hash, State: s.State}
		}),
		Sandboxes: runtimepod.Sandboxes(podStatus.SandboxStatuses, func(id, state string) *Container {
			return &Container{ID: ContainerID{Type: runtimeName, ID: id}, State: State(state)}
		}),
	}
}

// SandboxToContainerState maps a CRI sandbox state to a State: READY to
// running, NOTREADY to exited, anything else to unknown.
func SandboxToContainerState(state runtimeapi.PodSandboxState) State {
	return State(runtimepod.SandboxState(state))
}

// HasAnyRegularContainerStarted reports whether one of statuses is of a
// regular container of spec and running or terminated, which means the
// pod's init containers are done.
func HasAnyRegularContainerStarted(spec *v1.PodSpec, statuses []v1.ContainerStatus) bool {
	return podspec.AnyRegularContainerStarted(spec, statuses)
}

// SortContainerStatusesByCreationTime orders statuses oldest first for
// sort.Sort, which is not stable: ties may come out in any order in lists
// longer than 12.
type SortContainerStatusesByCreationTime []*Status

// Len is the number of statuses.
func (s SortContainerStatusesByCreationTime) Len() int { return len(s) }

// Swap exchanges two statuses.
func (s SortContainerStatusesByCreationTime) Swap(i, j int) { s[i], s[j] = s[j], s[i] }

// Less reports whether status i was created before status j, as instants.
func (s SortContainerStatusesByCreationTime) Less(i, j int) bool {
	return s[i].CreatedAt.Before(s[j].CreatedAt)
}
