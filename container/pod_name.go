package container

import (
	v1 "k8s.io/api/core/v1"

	"github.com/kubecontainer/kubecontainer/internal/podname"
)

// BuildPodFullName returns the full name of the pod name in namespace:
// "<name>_<namespace>". Nothing is escaped, so a name or namespace that
// contains "_" gives a full name that ParsePodFullName rejects.
func BuildPodFullName(name, namespace string) string {
	return podname.Build(name, namespace)
}

// GetPodFullName returns the full name of pod (see BuildPodFullName), which
// the kubelet uses to identify a pod.
func GetPodFullName(pod *v1.Pod) string {
	return podname.Build(pod.Name, pod.Namespace)
}

// ParsePodFullName splits a full name into the pod's name and namespace.
// The full name must contain exactly one "_" with text on both sides;
// otherwise the error is `failed to parse the pod full name <quoted input>`
// and both strings are empty.
func ParsePodFullName(podFullName string) (string, string, error) {
	return podname.Parse(podFullName)
}
