package container

import (
	v1 "k8s.io/api/core/v1"
	"k8s.io/klog/v2"

	"github.com/kubecontainer/kubecontainer/internal/restart"
)

// ShouldContainerBeRestarted reports whether kubelet v1.32 would (re)start
// container of pod. First match decides: a pod being deleted, no; no
// status of the container's name, yes; otherwise its first status decides:
// running, no; created or unknown, yes; any other state goes by the pod's
// restart policy: Never, no; OnFailure, only after a non-zero exit code;
// anything else, yes. A restartPolicy of the container itself (a sidecar's)
// is not read. podStatus must not be nil unless the pod is being deleted.
func ShouldContainerBeRestarted(container *v1.Container, pod *v1.Pod, podStatus *PodStatus) bool {
	return restart.PodPolicyOnly(klog.Background(), container, pod, podStatus.FindContainerStatusByName,
		func(s *Status) (string, int) { return string(s.State), s.ExitCode })
}
