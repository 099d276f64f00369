package container

import (
	v1 "k8s.io/api/core/v1"
	"k8s.io/apimachinery/pkg/types"

	"github.com/kubecontainer/kubecontainer/internal/podname"
	"github.com/kubecontainer/kubecontainer/internal/runtimepod"
)

// Pod is a pod as its runtime has it: UID, name, namespace, creation time
// in nanoseconds, its running containers (all of them for
// GetPods(ctx, true)) and its sandboxes, newest first.
type Pod struct {
	ID         types.UID
	Name       string
	Namespace  string
	CreatedAt  uint64
	Containers []*Container
	Sandboxes  []*Container
}

// PodPair holds a pod as the API has it and as it runs.
type PodPair struct {
	APIPod     *v1.Pod
	RunningPod *Pod
}

// Pods is a list of runtime pods.
type Pods []*Pod

// Container is a container (or a sandbox) as its runtime has it: its ID
// in the runtime, its name in the pod's spec, its image ("NAME:TAG"),
// image ID, digested image reference and image runtime handler,
// HashContainer of the spec it was made from (zero for containers the
// kubelet did not make), and its state.
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

// State is a container's state.
type State string

// The states of a container.
const (
	// ContainerStateCreated: created, not started.
	ContainerStateCreated State = "created"
	// ContainerStateRunning: running.
	ContainerStateRunning State = "running"
	// ContainerStateExited: started and then stopped.
	ContainerStateExited State = "exited"
	// ContainerStateUnknown: any other state.
	ContainerStateUnknown State = "unknown"
)

// FindContainerByName returns the first of p's containers called
// containerName, or nil.
func (p *Pod) FindContainerByName(containerName string) *Container {
	return runtimepod.First(p.Containers, func(c *Container) bool { return c.Name == containerName })
}

// FindContainerByID returns the first of p's containers whose ID (type and
// ID) is id, or nil.
func (p *Pod) FindContainerByID(id ContainerID) *Container {
	return runtimepod.First(p.Containers, func(c *Container) bool { return c.ID == id })
}

// FindSandboxByID returns the first of p's sandboxes whose ID is id, or nil.
func (p *Pod) FindSandboxByID(id ContainerID) *Container {
	return runtimepod.First(p.Sandboxes, func(c *Container) bool { return c.ID == id })
}

// ToAPIPod returns a v1.Pod with p's UID, name and namespace and one
// container, with name and image only, per container of p (none: nil).
func (p *Pod) ToAPIPod() *v1.Pod {
	return runtimepod.APIPod(p.ID, p.Name, p.Namespace, p.Containers, func(c *Container) (string, string) { return c.Name, c.Image })
}

// IsEmpty reports whether p deep-equals the zero Pod: an empty but non-nil
// Containers or Sandboxes counts as content. A nil p is not empty.
func (p *Pod) IsEmpty() bool {
	return p != nil && p.ID == "" && p.Name == "" && p.Namespace == "" && p.CreatedAt == 0 &&
		p.Containers == nil && p.Sandboxes == nil
}

// FindPodByID returns a shallow copy of the first pod with ID podUID, or
// the zero Pod.
func (p Pods) FindPodByID(podUID types.UID) Pod {
	return runtimepod.Value(runtimepod.First(p, func(pod *Pod) bool { return pod.ID == podUID }))
}

// FindPodByFullName returns a shallow copy of the first pod whose
// "<name>_<namespace>" is podFullName, or the zero Pod.
func (p Pods) FindPodByFullName(podFullName string) Pod {
	return runtimepod.Value(runtimepod.First(p, func(pod *Pod) bool {
		return podname.Build(pod.Name, pod.Namespace) == podFullName
	}))
}

// FindPod searches by full name when podFullName is not empty, and then
// only by it; else by podUID.
func (p Pods) FindPod(podFullName string, podUID types.UID) Pod {
	if podFullName != "" {
		return p.FindPodByFullName(podFullName)
	}
	return p.FindPodByID(podUID)
}
