package container

import (
	v1 "k8s.io/api/core/v1"
	"k8s.io/klog/v2"

	"github.com/kubecontainer/kubecontainer/internal/objref"
	"github.com/kubecontainer/kubecontainer/internal/podname"
	"github.com/kubecontainer/kubecontainer/internal/podspec"
	"github.com/kubecontainer/kubecontainer/internal/portmap"
)

// GetPodFullName returns the kubelet's key of pod, "<name>_<namespace>".
func GetPodFullName(pod *v1.Pod) string { return podname.Build(pod.Name, pod.Namespace) }

// BuildPodFullName joins a pod's name and namespace with "_".
func BuildPodFullName(name, namespace string) string { return podname.Build(name, namespace) }

// ParsePodFullName splits a full name with one "_" and text on both sides.
func ParsePodFullName(podFullName string) (string, string, error) { return podname.Parse(podFullName) }

// GetContainerSpec returns a pointer into pod to its init, regular or
// ephemeral container named containerName, or nil.
func GetContainerSpec(pod *v1.Pod, containerName string) *v1.Container {
	return podspec.ContainerSpec(pod, containerName)
}

// HasPrivilegedContainer tells whether a container of pod runs privileged.
func HasPrivilegedContainer(pod *v1.Pod) bool { return podspec.HasPrivilegedContainer(pod) }

// HasWindowsHostProcessContainer tells whether a container of pod is HostProcess.
func HasWindowsHostProcessContainer(pod *v1.Pod) bool {
	return podspec.HasWindowsHostProcessContainer(pod)
}

// AllContainersAreWindowsHostProcess tells whether every container of pod
// is a Windows HostProcess container; true for a pod with none.
func AllContainersAreWindowsHostProcess(pod *v1.Pod) bool {
	return podspec.AllContainersAreWindowsHostProcess(pod)
}

// IsHostNetworkPod tells whether pod uses the node's network namespace.
func IsHostNetworkPod(pod *v1.Pod) bool { return pod.Spec.HostNetwork }

// GenerateContainerRef returns the reference the kubelet attaches to events
// about container of pod, with a field path such as "spec.containers{app}"
// (decision 4); a nil pod or container is an error, where it panics.
func GenerateContainerRef(pod *v1.Pod, container *v1.Container) (*v1.ObjectReference, error) {
	return objref.ContainerRef(pod, container, ImplicitContainerPrefix)
}

// PortMapping is one port of a container as a runtime publishes it.
type PortMapping struct {
	Protocol      v1.Protocol
	ContainerPort int
	HostPort      int
	HostIP        string
}

// MakePortMappings returns the container's ports; of two with the same
// (explicit or generated) name the second is dropped and logged to logger.
func MakePortMappings(logger klog.Logger, container *v1.Container) (ports []PortMapping) {
	return portmap.Make[PortMapping](container.Ports, func(name string) {
		logger.Info("Port name conflicted, it is defined more than once", "portName", name)
	})
}
