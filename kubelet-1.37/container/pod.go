package container

import (
	"time"

	v1 "k8s.io/api/core/v1"
	"k8s.io/apimachinery/pkg/types"
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
