package podspec

import (
	v1 "k8s.io/api/core/v1"
)

// ContainerSpec returns the first container of pod named name, looking at
// init, then regular, then ephemeral containers, or nil. The result points
// into pod's spec; for an ephemeral container it points to its
// EphemeralContainerCommon.
func ContainerSpec(pod *v1.Pod, name string) *v1.Container {
	var found *v1.Container
	VisitContainers(&pod.Spec, func(c *v1.Container, _ Kind, _ int) bool {
		if c.Name == name {
			found = c
			return false
		}
		return true
	})
	return found
}

// HasPrivilegedContainer reports whether any container of pod (init,
// regular or ephemeral) has securityContext.privileged set to true.
func HasPrivilegedContainer(pod *v1.Pod) bool {
	return !VisitContainers(&pod.Spec, func(c *v1.Container, _ Kind, _ int) bool {
		privileged := c.SecurityContext != nil &&
			c.SecurityContext.Privileged != nil && *c.SecurityContext.Privileged
		return !privileged
	})
}

// HasWindowsHostProcessContainer reports whether any container of pod
// (init, regular or ephemeral) is a Windows HostProcess container, as
// IsHostProcess decides it.
func HasWindowsHostProcessContainer(pod *v1.Pod) bool {
	return !VisitContainers(&pod.Spec, func(c *v1.Container, _ Kind, _ int) bool {
		return !IsHostProcess(pod, c)
	})
}

// AllContainersAreWindowsHostProcess reports whether every container of pod
// (init, regular or ephemeral) is a Windows HostProcess container. A pod
// without containers gives true.
func AllContainersAreWindowsHostProcess(pod *v1.Pod) bool {
	return VisitContainers(&pod.Spec, func(c *v1.Container, _ Kind, _ int) bool {
		return IsHostProcess(pod, c)
	})
}

// IsHostProcess returns the effective HostProcess flag of container c of
// pod: its own securityContext.windowsOptions.hostProcess if set, else the
// pod's, else false.
func IsHostProcess(pod *v1.Pod, c *v1.Container) bool {
	if sc := c.SecurityContext; sc != nil && sc.WindowsOptions != nil && sc.WindowsOptions.HostProcess != nil {
		return *sc.WindowsOptions.HostProcess
	}
	if sc := pod.Spec.SecurityContext; sc != nil && sc.WindowsOptions != nil && sc.WindowsOptions.HostProcess != nil {
		return *sc.WindowsOptions.HostProcess
	}
	return false
}
