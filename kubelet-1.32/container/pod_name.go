package container

import (
	v1 "k8s.io/api/core/v1"

	"github.com/kubecontainer/kubecontainer/internal/podname"
)

// GetPodFullName returns "<name>_<namespace>", the kubelet's key of pod.
func GetPodFullName(pod *v1.Pod) string {
	return podname.Build(pod.Name, pod.Namespace)
}

// BuildPodFullName returns "<name>_<namespace>", escaping nothing.
func BuildPodFullName(name, namespace string) string {
	return podname.Build(name, namespace)
}

// ParsePodFullName splits a full name with exactly one "_" and text on
// both sides; else it returns "", "" and `failed to parse the pod full
// name <input %q>`.
func ParsePodFullName(podFullName string) (string, string, error) {
	return podname.Parse(podFullName)
}
