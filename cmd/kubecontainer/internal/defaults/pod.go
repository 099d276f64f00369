package defaults

import (
	v1 "k8s.io/api/core/v1"
)

// Pod applies to pod, in place, what the v1.27 API server applies to a Pod
// it creates, and returns the JSON paths of the fields it dropped (for
// example "spec.containers[0].resizePolicy"), in the order of the spec.
//
// For a workload (Deployment, Job, ...), call it on the Pod the controller
// creates from the template: the template's metadata and spec.
//
// A nil pod is left alone. Applying Pod to its own result changes nothing
// and drops nothing.
func Pod(pod *v1.Pod) (dropped []string) {
	if pod == nil {
		return nil
	}
	dropped = dropGated(&pod.Spec)
	spec := &pod.Spec
	for i := range spec.InitContainers {
		c := &spec.InitContainers[i]
		defaultContainer(c)
		requestsFromLimits(&c.Resources)
		if spec.HostNetwork {
			hostPortsFromContainerPorts(c.Ports)
		}
	}
	for i := range spec.Containers {
		c := &spec.Containers[i]
		defaultContainer(c)
		requestsFromLimits(&c.Resources)
		if spec.HostNetwork {
			hostPortsFromContainerPorts(c.Ports)
		}
	}
	for i := range spec.EphemeralContainers {
		defaultContainer((*v1.Container)(&spec.EphemeralContainers[i].EphemeralContainerCommon))
	}
	return dropped
}
