package container

import (
	v1 "k8s.io/api/core/v1"

	"github.com/kubecontainer/kubecontainer/internal/podspec"
)

// GetContainerSpec finds the container called containerName among the
// pod's init, regular and ephemeral containers, in that order, and returns
// a pointer into the pod (for an ephemeral container, to its
// EphemeralContainerCommon); nil when there is none.
func GetContainerSpec(pod *v1.Pod, containerName string) *v1.Container {
	return podspec.ContainerSpec(pod, containerName)
}

// HasPrivilegedContainer tells whether some init, regular or ephemeral
// container of pod runs privileged.
func HasPrivilegedContainer(pod *v1.Pod) bool {
	return podspec.HasPrivilegedContainer(pod)
}

// HasWindowsHostProcessContainer tells whether some container of pod is a
// Windows HostProcess container: its own windowsOptions.hostProcess when
// set, else the pod's.
func HasWindowsHostProcessContainer(pod *v1.Pod) bool {
	return podspec.HasWindowsHostProcessContainer(pod)
}

// AllContainersAreWindowsHostProcess tells whether every container of pod
// is a Windows HostProcess container; true for a pod with none.
func AllContainersAreWindowsHostProcess(pod *v1.Pod) bool {
	return podspec.AllContainersAreWindowsHostProcess(pod)
}

// IsHostNetworkPod tells whether pod shares the node's network namespace.
func IsHostNetworkPod(pod *v1.Pod) bool {
	return pod.Spec.HostNetwork
}
