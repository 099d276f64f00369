package container

import (
	runtimeapi "k8s.io/cri-api/pkg/apis/runtime/v1"

	"github.com/kubecontainer/kubecontainer/internal/runtimepod"
)

// ConvertPodStatusToRunningPod returns the running Pod podStatus describes:
// a Container of each running status and of each sandbox, whose ID has the
// type runtimeName. A nil sandbox status panics, as in the kubelet.
func ConvertPodStatusToRunningPod(runtimeName string, podStatus *PodStatus) Pod {
	sandboxes := runtimepod.Sandboxes(podStatus.SandboxStatuses, func(id, state string) *Container {
		return &Container{ID: ContainerID{Type: runtimeName, ID: id}, State: State(state)}
	})
	containers := runtimepod.Convert(podStatus.ContainerStatuses, isRunning, func(s *Status) *Container {
		return &Container{ID: s.ID, Name: s.Name, State: s.State, Hash: s.Hash,
			Image: s.Image, ImageID: s.ImageID, ImageRef: s.ImageRef, ImageRuntimeHandler: s.ImageRuntimeHandler}
	})
	return Pod{ID: podStatus.ID, Name: podStatus.Name, Namespace: podStatus.Namespace, Containers: containers, Sandboxes: sandboxes}
}

// SandboxToContainerState returns the State of a CRI sandbox state:
// SANDBOX_READY is running, SANDBOX_NOTREADY exited, anything else unknown.
func SandboxToContainerState(state runtimeapi.PodSandboxState) State {
	return State(runtimepod.SandboxState(state))
}
