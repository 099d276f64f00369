package container

import (
	v1 "k8s.io/api/core/v1"
	"k8s.io/apimachinery/pkg/types"
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
