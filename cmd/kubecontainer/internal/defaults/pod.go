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
func Pod(pod *v1.Pod) (dropped []string) {
	// TODO(defaults): the v1.27 defaults and gate drops.
	_ = pod
	return nil
}
