package podspec

import (
	v1 "k8s.io/api/core/v1"
)

// AnyRegularContainerStarted reports whether one of statuses belongs, by
// name, to a regular container of spec and is running or terminated: the
// kubelet's sign that the pod's init containers are done. No statuses give
// false.
func AnyRegularContainerStarted(spec *v1.PodSpec, statuses []v1.ContainerStatus) bool {
	if len(statuses) == 0 {
		return false
	}
	regular := RegularContainerNames(spec)
	for i := range statuses {
		s := &statuses[i]
		if regular[s.Name] && (s.State.Running != nil || s.State.Terminated != nil) {
			return true
		}
	}
	return false
}

// RegularContainerNames returns the set of the names of spec's regular
// containers.
func RegularContainerNames(spec *v1.PodSpec) map[string]bool {
	names := make(map[string]bool, len(spec.Containers))
	for i := range spec.Containers {
		names[spec.Containers[i].Name] = true
	}
	return names
}
