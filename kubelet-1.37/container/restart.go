package container

import (
	v1 "k8s.io/api/core/v1"
	"k8s.io/klog/v2"

	"github.com/kubecontainer/kubecontainer/internal/restart"
)

// RestartOptions selects the parts of kubelet v1.37's restart decision
// that the kubelet takes from process-wide feature gates. The zero value is
// the behavior with both gates at their v1.37 default (on), which is what
// ShouldContainerBeRestarted does.
type RestartOptions struct {
	// DisableContainerRestartRules decides as the kubelet does with its
	// ContainerRestartRules feature gate off: a container's own
	// restartPolicy and restartPolicyRules are ignored and only the pod's
	// restart policy counts, as in kubelet v1.27. That holds for a sidecar
	// (an init container with restartPolicy Always) too: an exited sidecar
	// of a pod with restart policy Never is not restarted. The kubelet
	// refuses to run with this gate off and RestartAllContainersOnContainerExits
	// on, so this option implies DisableRestartAllContainers.
	DisableContainerRestartRules bool
	// DisableRestartAllContainers decides as the kubelet does with its
	// RestartAllContainersOnContainerExits feature gate off: the first
	// matching rule, when its action is RestartAllContainers, no longer
	// restarts the container; the container's restartPolicy and then the
	// pod's decide instead, as for a rule with an unknown action. A rule
	// with action Restart still restarts it.
	DisableRestartAllContainers bool
}

// ShouldContainerBeRestarted reports whether the kubelet v1.37 would
// (re)start container of pod, given the pod's runtime status, with its
// feature gates at their defaults. See ShouldContainerBeRestartedWithOptions
// for the rules. Init containers are judged the same way. podStatus must
// not be nil unless the pod is being deleted.
func ShouldContainerBeRestarted(logger klog.Logger, container *v1.Container, pod *v1.Pod, podStatus *PodStatus) bool {
	return ShouldContainerBeRestartedWithOptions(logger, container, pod, podStatus, RestartOptions{})
}

// ShouldContainerBeRestartedWithOptions reports whether the kubelet v1.37
// would (re)start container of pod, given the pod's runtime status, with
// the feature-gate behavior opts selects. The first rule that applies
// decides:
//   - a pod being deleted restarts nothing;
//   - a container without a status is started;
//   - otherwise its first status in podStatus decides: running is left
//     alone, unknown or created is restarted;
//   - any other state (exited, but also empty or unexpected ones) is
//     judged by the exit code. When the container has a restartPolicy of
//     its own (even an empty one), its first restartPolicyRules entry whose
//     exitCodes match the code restarts it if its action is Restart or
//     RestartAllContainers; then its restartPolicy decides if it is Always
//     (restart), OnFailure (restart after a non-zero code) or Never (keep
//     down). Otherwise the pod's restart policy decides: Never keeps it
//     down, OnFailure restarts it after a non-zero code, anything else
//     restarts it.
func ShouldContainerBeRestartedWithOptions(logger klog.Logger, container *v1.Container, pod *v1.Pod, podStatus *PodStatus, opts RestartOptions) bool {
	return restart.Decide(pod,
		func() *Status { return podStatus.FindContainerStatusByName(container.Name) },
		func(s *Status) (string, int) { return string(s.State), s.ExitCode },
		func(exitCode int) bool { return opts.afterExit(logger, container, pod, exitCode) })
}

// afterExit judges a container of pod that stopped with exitCode: first by
// its own rules and restart policy when opts let them count, then by the
// pod's restart policy.
func (opts RestartOptions) afterExit(logger klog.Logger, container *v1.Container, pod *v1.Pod, exitCode int) bool {
	if !opts.DisableContainerRestartRules && container.RestartPolicy != nil {
		if rule := matchingRestartRule(container.RestartPolicyRules, int32(exitCode)); rule != nil {
			switch rule.Action {
			case v1.ContainerRestartRuleActionRestart:
				return true
			case v1.ContainerRestartRuleActionRestartAllContainers:
				if !opts.DisableRestartAllContainers {
					return true
				}
			}
		}
		if restartIt, decided := restart.ByPolicy(*container.RestartPolicy, exitCode); decided {
			return restartIt
		}
	}
	return restart.ByPodPolicy(logger, pod, container.Name, exitCode)
}
