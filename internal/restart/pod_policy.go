package restart

import (
	v1 "k8s.io/api/core/v1"
	"k8s.io/klog/v2"
)

// PodPolicyOnly is the whole decision of kubelets that read no restart
// policy of the container itself (v1.27 to v1.32 among the lines): Decide,
// with ByPodPolicy judging a container that stopped. find returns the first
// runtime status named after the container, or nil; it is not called for a
// pod being deleted. state reads a status's state and exit code.
func PodPolicyOnly[S any](logger klog.Logger, container *v1.Container, pod *v1.Pod, find func(name string) *S, state func(*S) (string, int)) bool {
	return Decide(pod, func() *S { return find(container.Name) }, state, func(exitCode int) bool {
		return ByPodPolicy(logger, pod, container.Name, exitCode)
	})
}
