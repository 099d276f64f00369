package container

import (
	v1 "k8s.io/api/core/v1"
	"k8s.io/klog/v2"

	"github.com/kubecontainer/kubecontainer/internal/restart"
)

// ShouldContainerBeRestarted reports whether the kubelet should (re)start
// container of pod, given the pod's runtime status. The first rule that
// applies decides:
//   - a pod being deleted restarts nothing;
//   - a container without a status (never started, or its history
//     garbage-collected) is started;
//   - otherwise the container's first status in podStatus decides: a
//     running container is left alone, an unknown or created one is
//     restarted;
//   - any other state is judged by the pod's restart policy: Never keeps
//     it down, OnFailure restarts it only after a non-zero exit code, and
//     every other policy (Always, empty, unknown values) restarts it.
//
// Init containers are judged the same way, and a restartPolicy of the
// container itself (a sidecar's) is not read. podStatus may be nil only
// for a pod being deleted.
func ShouldContainerBeRestarted(container *v1.Container, pod *v1.Pod, podStatus *PodStatus) bool {
	return restart.PodPolicyOnly(klog.Background(), container, pod, podStatus.FindContainerStatusByName,
		func(s *Status) (string, int) { return string(s.State), s.ExitCode })
}
