package container

import (
	v1 "k8s.io/api/core/v1"

	"github.com/kubecontainer/kubecontainer/internal/podspec"
)

// GetContainerSpec returns a pointer into pod to the first container named
// containerName among its init, regular and ephemeral containers, in that
// order (an ephemeral one as its EphemeralContainerCommon), or nil.
func GetContainerSpec(pod *v1.Pod, containerName string) *v1.Container {
	return podspec.ContainerSpec(pod, containerName)
}

// HasPrivilegedContainer reports whether a container of pod, of any kind,
// sets securityContext.privileged to true.
func HasPrivilegedContainer(pod *v1.Pod) bool {
	return podspec.HasPrivilegedContainer(pod)
}

// HasWindowsHostProcessContainer reports whether a container of pod is a
// Windows HostProcess container, by its own windowsOptions.hostProcess or
// else the pod's.
func HasWindowsHostProcessContainer(pod *v1.Pod) bool {
	return podspec.HasWindowsHostProcessContainer(pod)
}

// AllContainersAreWindowsHostProcess reports whether every container of pod
// is a Windows HostProcess container; true when it has none.
func AllContainersAreWindowsHostProcess(pod *v1.Pod) bool {
	return podspec.AllContainersAreWindowsHostProcess(pod)
}

// IsHostNetworkPod returns pod.Spec.HostNetwork.
func IsHostNetworkPod(pod *v1.Pod) bool {
	return pod.Spec.HostNetwork
}
