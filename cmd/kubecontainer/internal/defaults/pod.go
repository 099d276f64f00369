package defaults

import (
	v1 "k8s.io/api/core/v1"

	"github.com/kubecontainer/kubecontainer/internal/podspec"
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
	hostNetwork := pod.Spec.HostNetwork
	podspec.VisitContainers(&pod.Spec, func(c *v1.Container, kind podspec.Kind, _ int) bool {
		defaultContainer(c)
		// Requests from limits and host ports are pod defaults of init and
		// regular containers only; ephemeral ones keep limits alone.
		if kind != podspec.Ephemeral {
			requestsFromLimits(&c.Resources)
			if hostNetwork {
				hostPortsFromContainerPorts(c.Ports)
			}
		}
		return true
	})
	return dropped
}
