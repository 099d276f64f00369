package container

import (
	v1 "k8s.io/api/core/v1"
)

// HasAnyRegularContainerStarted reports whether any of statuses belongs to
// a regular container of spec (by name) and is running or terminated,
// which means the pod's init containers have all completed. It is not
// reliable once the pod's sandbox has been recreated; see
// HasAnyActiveRegularContainerStarted.
//
// Deprecated: use HasAnyActiveRegularContainerStarted, as the kubelet
// v1.37 says.
func HasAnyRegularContainerStarted(spec *v1.PodSpec, statuses []v1.ContainerStatus) bool {
	if len(statuses) == 0 {
		return false
	}
	regular := regularContainerNames(spec)
	for i := range statuses {
		s := &statuses[i]
		if regular[s.Name] && (s.State.Running != nil || s.State.Terminated != nil) {
			return true
		}
	}
	return false
}

// HasAnyActiveRegularContainerStarted reports whether any active container
// status of podStatus (one of the current sandbox) belongs to a regular
// container of spec, whatever its state, which means the pod's init
// containers have completed in this sandbox. A nil podStatus gives false.
func HasAnyActiveRegularContainerStarted(spec *v1.PodSpec, podStatus *PodStatus) bool {
	if podStatus == nil {
		return false
	}
	regular := regularContainerNames(spec)
	for _, s := range podStatus.ActiveContainerStatuses {
		if regular[s.Name] {
			return true
		}
	}
	return false
}

// regularContainerNames returns the set of names of spec's regular
// containers.
func regularContainerNames(spec *v1.PodSpec) map[string]bool {
	names := make(map[string]bool, len(spec.Containers))
	for i := range spec.Containers {
		names[spec.Containers[i].Name] = true
	}
	return names
}
