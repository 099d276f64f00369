package container

import (
	v1 "k8s.io/api/core/v1"

	"github.com/kubecontainer/kubecontainer/internal/podname"
)

// GetPodFullName returns the kubelet's key for pod, "<name>_<namespace>".
func GetPodFullName(pod *v1.Pod) string {
	return podname.Build(pod.Name, pod.Namespace)
}

// BuildPodFullName joins a pod's name and namespace with "_", escaping
// nothing.
func BuildPodFullName(name, namespace string) string {
	return podname.Build(name, namespace)
}

// ParsePodFullName is the inverse of BuildPodFullName for full names with
// exactly one "_" and text on both sides of it. Any other input gives
// empty strings and the error `failed to parse the pod full name "<input>"`.
func ParsePodFullName(podFullName string) (string, string, error) {
	return podname.Parse(podFullName)
}
