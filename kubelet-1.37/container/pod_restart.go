package container

import (
	v1 "k8s.io/api/core/v1"

	"github.com/kubecontainer/kubecontainer/internal/podspec"
)

// ShouldAllContainersRestart reports whether every container of pod is to
// be restarted, as kubelet v1.37 decides it for restart rules with action
// RestartAllContainers. It is true when:
//   - apiPodStatus has a condition of type AllContainersRestarting whose
//     status is exactly True; or
//   - an init or regular container (ephemeral ones are not considered)
//     exited with a code whose first matching rule in its
//     restartPolicyRules has action RestartAllContainers, whether or not
//     the container has a restartPolicy of its own. The code is taken from
//     podStatus (a nil podStatus is skipped), where the container's first
//     status must exist and be exited, or else the container is skipped
//     altogether; then from apiPodStatus (when non-nil), where the
//     container's status (the last one with its name among the init and
//     regular container statuses) must be terminated.
func ShouldAllContainersRestart(pod *v1.Pod, podStatus *PodStatus, apiPodStatus *v1.PodStatus) bool {
	if apiPodStatus != nil && hasAllContainersRestartingCondition(apiPodStatus.Conditions) {
		return true
	}
	apiStatuses := apiContainerStatusesByName(apiPodStatus)
	restartAll := false
	podspec.VisitContainers(&pod.Spec, func(c *v1.Container, kind podspec.Kind, _ int) bool {
		if kind == podspec.Ephemeral {
			return false
		}
		if podStatus != nil {
			status := podStatus.FindContainerStatusByName(c.Name)
			if status == nil || status.State != ContainerStateExited {
				return true
			}
			if restartsAll(c, int32(status.ExitCode)) {
				restartAll = true
				return false
			}
		}
		if status, ok := apiStatuses[c.Name]; ok && status.State.Terminated != nil &&
			restartsAll(c, status.State.Terminated.ExitCode) {
			restartAll = true
			return false
		}
		return true
	})
	return restartAll
}

// hasAllContainersRestartingCondition reports whether conditions hold one
// of type AllContainersRestarting with status True.
func hasAllContainersRestartingCondition(conditions []v1.PodCondition) bool {
	for _, c := range conditions {
		if c.Type == v1.AllContainersRestarting && c.Status == v1.ConditionTrue {
			return true
		}
	}
	return false
}

// apiContainerStatusesByName returns the init and regular container
// statuses of status by name; of two with the same name the later one, in
// the order init then regular, is kept. A nil status gives an empty map.
func apiContainerStatusesByName(status *v1.PodStatus) map[string]*v1.ContainerStatus {
	byName := map[string]*v1.ContainerStatus{}
	if status == nil {
		return byName
	}
	for _, list := range [][]v1.ContainerStatus{status.InitContainerStatuses, status.ContainerStatuses} {
		for i := range list {
			byName[list[i].Name] = &list[i]
		}
	}
	return byName
}

// restartsAll reports whether the first restart rule of c matching
// exitCode has action RestartAllContainers.
func restartsAll(c *v1.Container, exitCode int32) bool {
	rule := matchingRestartRule(c.RestartPolicyRules, exitCode)
	return rule != nil && rule.Action == v1.ContainerRestartRuleActionRestartAllContainers
}

// AllContainersRestartCleanedUp reports whether the runtime has no status
// left of any init or regular container of pod, that is whether, after all
// containers were asked to restart, every one of them has been removed.
// Ephemeral containers are not considered. podStatus must not be nil.
func AllContainersRestartCleanedUp(pod *v1.Pod, podStatus *PodStatus) bool {
	return podspec.VisitContainers(&pod.Spec, func(c *v1.Container, kind podspec.Kind, _ int) bool {
		return kind == podspec.Ephemeral || podStatus.FindContainerStatusByName(c.Name) == nil
	})
}
