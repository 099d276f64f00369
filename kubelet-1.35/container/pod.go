package container

import (
	"reflect"

	v1 "k8s.io/api/core/v1"
	"k8s.io/apimachinery/pkg/types"

	"github.com/kubecontainer/kubecontainer/internal/podname"
	"github.com/kubecontainer/kubecontainer/internal/runtimepod"
)

// Pod is a pod as the runtime sees it: its sandboxes and containers.
type Pod struct {
	ID        types.UID
	Name      string
	Namespace string
	CreatedAt uint64
	// Containers are the running ones, or all for GetPods(ctx, true).
	Containers []*Container
	Sandboxes  []*Container
}

// PodPair is a pod as the API server has it and as it runs.
type PodPair struct {
	APIPod     *v1.Pod
	RunningPod *Pod
}

// Pods is a list of running pods.
type Pods []*Pod

// Container is a container as the runtime sees it.
type Container struct {
	ID                  ContainerID
	Name                string
	Image               string
	ImageID             string
	ImageRef            string
	ImageRuntimeHandler string
	Hash                uint64
	State               State
}

// State is the state of a container.
type State string

// The states of a container; unknown is every other state of the runtime.
const (
	ContainerStateCreated State = "created"
	ContainerStateRunning State = "running"
	ContainerStateExited  State = "exited"
	ContainerStateUnknown State = "unknown"
)

// FindContainerByName returns p's first container of that name, or nil.
func (p *Pod) FindContainerByName(containerName string) *Container {
	return runtimepod.First(p.Containers, func(c *Container) bool { return c.Name == containerName })
}

// FindContainerByID returns p's first container whose ID is id, or nil.
func (p *Pod) FindContainerByID(id ContainerID) *Container {
	return runtimepod.First(p.Containers, func(c *Container) bool { return c.ID == id })
}

// FindSandboxByID returns p's first sandbox whose ID is id, or nil.
func (p *Pod) FindSandboxByID(id ContainerID) *Container {
	return runtimepod.First(p.Sandboxes, func(c *Container) bool { return c.ID == id })
}

// ToAPIPod returns a v1.Pod of p's UID, name, namespace and containers'
// names and images.
func (p *Pod) ToAPIPod() *v1.Pod {
	return runtimepod.APIPod(p.ID, p.Name, p.Namespace, p.Containers, func(c *Container) (string, string) { return c.Name, c.Image })
}

// IsEmpty reports whether p is the zero Pod by reflect.DeepEqual.
func (p *Pod) IsEmpty() bool { return p != nil && reflect.DeepEqual(*p, Pod{}) }

// FindPodByID returns a copy of the first pod of ID podUID, or the zero Pod.
func (p Pods) FindPodByID(podUID types.UID) Pod {
	return runtimepod.Value(runtimepod.First(p, func(pod *Pod) bool { return pod.ID == podUID }))
}

// FindPodByFullName returns a copy of the first pod of that full name.
func (p Pods) FindPodByFullName(podFullName string) Pod {
	return runtimepod.Value(runtimepod.First(p, func(pod *Pod) bool {
		return podname.Build(pod.Name, pod.Namespace) == podFullName
	}))
}

// FindPod finds a pod by podFullName when it is not empty, else by podUID.
func (p Pods) FindPod(podFullName string, podUID types.UID) Pod {
	if podFullName != "" {
		return p.FindPodByFullName(podFullName)
	}
	return p.FindPodByID(podUID)
}
