package container

import (
	"time"

	v1 "k8s.io/api/core/v1"
	"k8s.io/apimachinery/pkg/types"

	"github.com/kubecontainer/kubecontainer/internal/podname"
	"github.com/kubecontainer/kubecontainer/internal/runtimepod"
)

// Pod is a pod as the runtime sees it: its sandboxes and containers.
type Pod struct {
	// ID is the pod's UID, by which GetPods' result can be searched.
	ID types.UID
	// Name and Namespace are the pod's.
	Name      string
	Namespace string
	// CreatedAt is when the pod was created, in nanoseconds.
	CreatedAt uint64
	// Containers are the pod's containers: only running ones, or dead ones
	// as well when the pods were listed with GetPods(ctx, true).
	Containers []*Container
	// Sandboxes are the pod's sandboxes, newest first, represented as
	// containers.
	Sandboxes []*Container
	// Timestamp is when the pod was read from the runtime.
	Timestamp time.Time
}

// PodPair is a pod both as the API server has it and as it runs.
type PodPair struct {
	// APIPod is the pod of the API.
	APIPod *v1.Pod
	// RunningPod is the pod as the runtime sees it.
	RunningPod *Pod
}

// Pods is a list of running pods.
type Pods []*Pod

// Container is one container as the runtime sees it.
type Container struct {
	// ID identifies the container in its runtime.
	ID ContainerID
	// Name is the container's name, as in its v1.Container.
	Name string
	// Image is the container's image, "NAME:TAG".
	Image string
	// ImageID is the ID of the container's image.
	ImageID string
	// ImageRef is the digested reference of the container's image.
	ImageRef string
	// ImageRuntimeHandler is the runtime handler that pulled the image.
	ImageRuntimeHandler string
	// Hash is the hash of the container's spec, as HashContainer gives
	// it; containers the kubelet does not manage may have none.
	Hash uint64
	// State is the container's state.
	State State
	// PodSandboxID is the ID of the sandbox the container belongs to.
	PodSandboxID string
	// CreatedAt is when the container was created, in nanoseconds.
	CreatedAt int64
}

// State is the state of a container.
type State string

const (
	// ContainerStateCreated is a container created but never started.
	ContainerStateCreated State = "created"
	// ContainerStateRunning is a running container.
	ContainerStateRunning State = "running"
	// ContainerStateExited is a container that ran and stopped.
	ContainerStateExited State = "exited"
	// ContainerStateUnknown is any other state (restarting, paused, dead,
	// ...).
	ContainerStateUnknown State = "unknown"
)

// FindContainerByName returns p's first container whose name is
// containerName, or nil when there is none.
func (p *Pod) FindContainerByName(containerName string) *Container {
	return runtimepod.First(p.Containers, func(c *Container) bool { return c.Name == containerName })
}

// FindContainerByID returns the first container of p whose ID, type and ID
// both, equals id, or nil.
func (p *Pod) FindContainerByID(id ContainerID) *Container {
	return runtimepod.First(p.Containers, func(c *Container) bool { return c.ID == id })
}

// FindSandboxByID returns the first sandbox of p whose ID, type and ID
// both, equals id, or nil.
func (p *Pod) FindSandboxByID(id ContainerID) *Container {
	return runtimepod.First(p.Sandboxes, func(c *Container) bool { return c.ID == id })
}

// ToAPIPod returns a new v1.Pod carrying p's UID, name and namespace and,
// for each of p's containers in order, a v1.Container with just its name
// and image. No other field is set; a pod without containers gives a nil
// container list.
func (p *Pod) ToAPIPod() *v1.Pod {
	return runtimepod.APIPod(p.ID, p.Name, p.Namespace, p.Containers, func(c *Container) (string, string) { return c.Name, c.Image })
}

// IsEmpty reports whether p is the zero Pod in the sense of
// reflect.DeepEqual: empty but non-nil Containers or Sandboxes, or a
// Timestamp that is the zero instant with a location attached, make a pod
// non-empty. A nil p is not empty.
func (p *Pod) IsEmpty() bool {
	if p == nil {
		return false
	}
	return p.ID == "" && p.Name == "" && p.Namespace == "" && p.CreatedAt == 0 &&
		p.Containers == nil && p.Sandboxes == nil &&
		p.Timestamp.IsZero() && p.Timestamp.Location() == time.UTC
}

// FindPodByID returns a shallow copy of the first pod whose ID is podUID,
// or the zero Pod.
func (p Pods) FindPodByID(podUID types.UID) Pod {
	return runtimepod.Value(runtimepod.First(p, func(pod *Pod) bool { return pod.ID == podUID }))
}

// FindPodByFullName returns a shallow copy of the first pod whose full name
// (BuildPodFullName of its name and namespace) is podFullName, or the zero
// Pod.
func (p Pods) FindPodByFullName(podFullName string) Pod {
	return runtimepod.Value(runtimepod.First(p, func(pod *Pod) bool {
		return podname.Build(pod.Name, pod.Namespace) == podFullName
	}))
}

// FindPod finds a pod by its full name when podFullName is non-empty, else
// by podUID. When the full name is given and no pod has it, the UID is not
// tried.
func (p Pods) FindPod(podFullName string, podUID types.UID) Pod {
	if podFullName != "" {
		return p.FindPodByFullName(podFullName)
	}
	return p.FindPodByID(podUID)
}
