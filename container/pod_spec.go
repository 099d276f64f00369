package container

import (
	v1 "k8s.io/api/core/v1"
)

// visitContainers calls visit for each container of spec: the init
// containers, then the regular ones, then the common part of the ephemeral
// ones, each as a pointer into spec. It stops as soon as visit returns
// false and reports whether every container was visited.
func visitContainers(spec *v1.PodSpec, visit func(container *v1.Container) bool) bool {
	for i := range spec.InitContainers {
		if !visit(&spec.InitContainers[i]) {
			return false
		}
	}
	for i := range spec.Containers {
		if !visit(&spec.Containers[i]) {
			return false
		}
	}
	for i := range spec.EphemeralContainers {
		if !visit((*v1.Container)(&spec.EphemeralContainers[i].EphemeralContainerCommon)) {
			return false
		}
	}
	return true
}

// GetContainerSpec returns the first container of pod named containerName,
// looking at init, then regular, then ephemeral containers, or nil. The
// result points into pod's spec; for an ephemeral container it points to
// its EphemeralContainerCommon.
func GetContainerSpec(pod *v1.Pod, containerName string) *v1.Container {
	var found *v1.Container
	visitContainers(&pod.Spec, func(c *v1.Container) bool {
		if c.Name == containerName {
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
	return !visitContainers(&pod.Spec, func(c *v1.Container) bool {
		privileged := c.SecurityContext != nil &&
			c.SecurityContext.Privileged != nil && *c.SecurityContext.Privileged
		return !privileged
	})
}

// HasWindowsHostProcessContainer reports whether any container of pod
// (init, regular or ephemeral) is a Windows HostProcess container. A
// container's own securityContext.windowsOptions.hostProcess decides when
// set; otherwise the pod's does, and without either it is not one.
func HasWindowsHostProcessContainer(pod *v1.Pod) bool {
	return !visitContainers(&pod.Spec, func(c *v1.Container) bool {
		return !isHostProcess(pod, c)
	})
}

// AllContainersAreWindowsHostProcess reports whether every container of pod
// (init, regular or ephemeral) is a Windows HostProcess container, decided
// as in HasWindowsHostProcessContainer. A pod without containers gives true.
func AllContainersAreWindowsHostProcess(pod *v1.Pod) bool {
	return visitContainers(&pod.Spec, func(c *v1.Container) bool {
		return isHostProcess(pod, c)
	})
}

// isHostProcess returns the effective HostProcess flag of container c of
// pod: its own setting if it has one, else the pod's, else false.
func isHostProcess(pod *v1.Pod, c *v1.Container) bool {
	if sc := c.SecurityContext; sc != nil && sc.WindowsOptions != nil && sc.WindowsOptions.HostProcess != nil {
		return *sc.WindowsOptions.HostProcess
	}
	if sc := pod.Spec.SecurityContext; sc != nil && sc.WindowsOptions != nil && sc.WindowsOptions.HostProcess != nil {
		return *sc.WindowsOptions.HostProcess
	}
	return false
}

// IsHostNetworkPod reports whether pod uses the host's network namespace.
func IsHostNetworkPod(pod *v1.Pod) bool {
	return pod.Spec.HostNetwork
}
