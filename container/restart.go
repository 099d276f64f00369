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
// Init containers are judged the same way. A nil podStatus panics.
func ShouldContainerBeRestarted(container *v1.Container, pod *v1.Pod, podStatus *PodStatus) bool {
	return restart.Decide(pod,
		func() *Status { return podStatus.FindContainerStatusByName(container.Name) },
		func(s *Status) (string, int) { return string(s.State), s.ExitCode },
		func(exitCode int) bool { return restart.ByPodPolicy(klog.Background(), pod, container.Name, exitCode) })
}
