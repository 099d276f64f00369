package container

import (
	runtimeapi "k8s.io/cri-api/pkg/apis/runtime/v1"

	"github.com/kubecontainer/kubecontainer/internal/runtimepod"
)

// ConvertPodStatusToRunningPod returns the running Pod that podStatus
// describes. It keeps the pod's ID, name and namespace; makes a Container
// of every running container status (its ID, name, image, image ID, image
// reference, image runtime handler, hash and state; nothing else); and makes
// a Container of every sandbox, with ID {runtimeName, sandbox ID} and the
// state SandboxToContainerState gives. ActiveContainerStatuses is not read.
// Containers and Sandboxes stay nil when there is nothing to put in them. A
// nil sandbox status makes it panic, as it does the kubelet.
func ConvertPodStatusToRunningPod(runtimeName string, podStatus *PodStatus) Pod {
	sandboxes := runtimepod.Sandboxes(podStatus.SandboxStatuses, func(id, state string) *Container {
		return &Container{ID: ContainerID{Type: runtimeName, ID: id}, State: State(state)}
	})
	return Pod{ID: podStatus.ID, Name: podStatus.Name, Namespace: podStatus.Namespace,
		Containers: runtimepod.Convert(podStatus.ContainerStatuses, isRunning, toRunningContainer), Sandboxes: sandboxes}
}

// toRunningContainer returns the running pod's Container for a running
// container status; PodSandboxID and CreatedAt stay empty.
func toRunningContainer(s *Status) *Container {
	return &Container{ID: s.ID, Name: s.Name, State: s.State, Hash: s.Hash,
		Image: s.Image, ImageID: s.ImageID, ImageRef: s.ImageRef, ImageRuntimeHandler: s.ImageRuntimeHandler}
}

// SandboxToContainerState returns the container State that stands for a
// CRI sandbox state: SANDBOX_READY is running, SANDBOX_NOTREADY exited and
// any other value unknown.
func SandboxToContainerState(state runtimeapi.PodSandboxState) State {
	return State(runtimepod.SandboxState(state))
}
