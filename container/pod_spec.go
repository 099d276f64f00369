package container

import (
	v1 "k8s.io/api/core/v1"

	"github.com/kubecontainer/kubecontainer/internal/podspec"
)

// GetContainerSpec returns the first container of pod named containerName,
// looking at init, then regular, then ephemeral containers, or nil. The
// result points into pod's spec; for an ephemeral container it points to
// its EphemeralContainerCommon.
func GetContainerSpec(pod *v1.Pod, containerName string) *v1.Container {
	return podspec.ContainerSpec(pod, containerName)
}

// HasPrivilegedContainer reports whether any container of pod (init,
// regular or ephemeral) has securityContext.privileged set to true.
func HasPrivilegedContainer(pod *v1.Pod) bool {
	return podspec.HasPrivilegedContainer(pod)
}

// HasWindowsHostProcessContainer reports whether any container of pod
// (init, regular or ephemeral) is a Windows HostProcess container. A
// container's own securityContext.windowsOptions.hostProcess decides when
// set; otherwise the pod's does, and without either it is not one.
func HasWindowsHostProcessContainer(pod *v1.Pod) bool {
	return podspec.HasWindowsHostProcessContainer(pod)
}

// AllContainersAreWindowsHostProcess reports whether every container of pod
// (init, regular or ephemeral) is a Windows HostProcess container, decided
// as in HasWindowsHostProcessContainer. A pod without containers gives true.
func AllContainersAreWindowsHostProcess(pod *v1.Pod) bool {
	return podspec.AllContainersAreWindowsHostProcess(pod)
}

// IsHostNetworkPod reports whether pod uses the host's network namespace.
func IsHostNetworkPod(pod *v1.Pod) bool {
	return pod.Spec.HostNetwork
}
