package container

import (
	v1 "k8s.io/api/core/v1"
	"k8s.io/apimachinery/pkg/types"

	"github.com/kubecontainer/kubecontainer/internal/runtimepod"
)

// Pod is a pod as the container runtime sees it: a group of containers and
// the sandboxes they run in.
type Pod struct {
	// ID is the pod's UID, by which it can be found in the list GetPods
	// returns.
	ID types.UID
	// Name and Namespace are the pod's human-readable name.
	Name      string
	Namespace string
	// CreatedAt is the pod's creation time in nanoseconds.
	CreatedAt uint64
	// Containers of the pod: only running ones, or dead ones too when
	// the list came from GetPods(ctx, true).
	Containers []*Container
	// Sandboxes of the pod, presented as containers. Only the CRI
	// runtime fills this in.
	Sandboxes []*Container
}

// PodPair holds a pod both as the API declares it and as it runs.
type PodPair struct {
	// APIPod is the pod of the Kubernetes API.
	APIPod *v1.Pod
	// RunningPod is the pod as the runtime sees it.
	RunningPod *Pod
}

// Pods is a list of running pods.
type Pods []*Pod

// Container is a container as the runtime sees it.
type Container struct {
	// ID by which the runtime knows the container.
	ID ContainerID
	// Name of the container, as in its v1.Container.
	Name string
	// Image the container runs, with its tag ("NAME:TAG").
	Image string
	// ImageID is the ID of that image.
	ImageID string
	// Hash of the container spec the container was started from (see
	// HashContainer). Containers the kubelet did not start may have none.
	Hash uint64
	// HashWithoutResources is the same hash with the Resources field
	// zeroed (see HashContainerWithoutResources), so that resizing a
	// container in place does not restart it.
	HashWithoutResources uint64
	// State of the container.
	State State
}

// State is the state of a container.
type State string

const (
	// ContainerStateCreated is a container that was created but never
	// started.
	ContainerStateCreated State = "created"
	// ContainerStateRunning is a running container.
	ContainerStateRunning State = "running"
	// ContainerStateExited is a container that ran and ended.
	ContainerStateExited State = "exited"
	// ContainerStateUnknown covers every other state (restarting,
	// paused, dead, ...).
	ContainerStateUnknown State = "unknown"
)

// FindContainerByName returns the first container of p named containerName,
// or nil.
func (p *Pod) FindContainerByName(containerName string) *Container {
	return runtimepod.First(p.Containers, func(c *Container) bool { return c.Name == containerName })
}

// FindContainerByID returns the first container of p whose ID (type and ID
// both) equals id, or nil.
func (p *Pod) FindContainerByID(id ContainerID) *Container {
	return runtimepod.First(p.Containers, func(c *Container) bool { return c.ID == id })
}

// FindSandboxByID returns the first sandbox of p whose ID (type and ID both)
// equals id, or nil.
func (p *Pod) FindSandboxByID(id ContainerID) *Container {
	return runtimepod.First(p.Sandboxes, func(c *Container) bool { return c.ID == id })
}

// ToAPIPod returns a new v1.Pod with p's UID, name and namespace and, for
// each container of p in order, a v1.Container with only its name and image
// set. Nothing else is filled in; without containers the list stays nil.
func (p *Pod) ToAPIPod() *v1.Pod {
	return runtimepod.APIPod(p.ID, p.Name, p.Namespace, p.Containers, func(c *Container) (string, string) { return c.Name, c.Image })
}

// IsEmpty reports whether p equals the zero Pod, as reflect.DeepEqual would
// say: a pod whose Containers or Sandboxes is empty but not nil is not
// empty. A nil p is not empty either.
func (p *Pod) IsEmpty() bool {
	if p == nil {
		return false
	}
	return p.ID == "" && p.Name == "" && p.Namespace == "" && p.CreatedAt == 0 &&
		p.Containers == nil && p.Sandboxes == nil
}

// FindPodByID returns a shallow copy of the first pod with ID podUID, or the
// zero Pod.
func (p Pods) FindPodByID(podUID types.UID) Pod {
	return runtimepod.Value(runtimepod.First(p, func(pod *Pod) bool { return pod.ID == podUID }))
}

// FindPodByFullName returns a shallow copy of the first pod whose full name
// (see BuildPodFullName) is podFullName, or the zero Pod.
func (p Pods) FindPodByFullName(podFullName string) Pod {
	return runtimepod.Value(runtimepod.First(p, func(pod *Pod) bool {
		return BuildPodFullName(pod.Name, pod.Namespace) == podFullName
	}))
}

// FindPod looks the pod up by full name when podFullName is not empty, and
// by podUID otherwise. A miss by full name does not fall back to the UID.
func (p Pods) FindPod(podFullName string, podUID types.UID) Pod {
	if len(podFullName) > 0 {
		return p.FindPodByFullName(podFullName)
	}
	return p.FindPodByID(podUID)
}
