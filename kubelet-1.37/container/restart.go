package container

import (
	"slices"

	v1 "k8s.io/api/core/v1"
	"k8s.io/klog/v2"

	"github.com/kubecontainer/kubecontainer/internal/podspec"
	"github.com/kubecontainer/kubecontainer/internal/restart"
	"github.com/kubecontainer/kubecontainer/internal/runtimepod"
)

// RestartOptions selects the behavior of the feature gates kubelet v1.37's
// restart decision reads; the zero value is both gates at their default,
// on.
type RestartOptions struct {
	// DisableContainerRestartRules is the ContainerRestartRules gate off:
	// only the pod's restart policy counts, as in kubelet v1.27, for a
	// sidecar too. The kubelet runs only with
	// RestartAllContainersOnContainerExits off then, so this option
	// implies DisableRestartAllContainers.
	DisableContainerRestartRules bool
	// DisableRestartAllContainers is the RestartAllContainersOnContainerExits
	// gate off: a matching rule with action RestartAllContainers no longer
	// restarts the container; its restartPolicy, then the pod's, decide.
	DisableRestartAllContainers bool
}

// ShouldContainerBeRestarted reports whether kubelet v1.37 would (re)start
// container of pod, its gates at their defaults; see
// ShouldContainerBeRestartedWithOptions. podStatus may be nil only for a pod
// being deleted.
func ShouldContainerBeRestarted(logger klog.Logger, container *v1.Container, pod *v1.Pod, podStatus *PodStatus) bool {
	return ShouldContainerBeRestartedWithOptions(logger, container, pod, podStatus, RestartOptions{})
}

// ShouldContainerBeRestartedWithOptions reports whether kubelet v1.37 would
// (re)start container of pod (init containers alike), with the gates opts
// select. A pod being deleted restarts nothing; a container without a
// status is started; by its first status, a running one is left alone and
// an unknown or created one restarted; any other state is judged by the
// exit code. A container with a restartPolicy of its own (even empty) is
// restarted by its first restartPolicyRules entry matching the code when
// the action is Restart or RestartAllContainers, then by its restartPolicy
// Always, OnFailure (non-zero code) or Never. Otherwise the pod's policy
// decides: Never keeps it down, OnFailure restarts it after a non-zero
// code, anything else restarts it.
func ShouldContainerBeRestartedWithOptions(logger klog.Logger, container *v1.Container, pod *v1.Pod, podStatus *PodStatus, opts RestartOptions) bool {
	return restart.Decide(pod,
		func() *Status { return podStatus.FindContainerStatusByName(container.Name) },
		func(s *Status) (string, int) { return string(s.State), s.ExitCode },
		func(exitCode int) bool {
			if !opts.DisableContainerRestartRules && container.RestartPolicy != nil {
				if rule := matchingRule(container, int32(exitCode)); rule != nil && (rule.Action == v1.ContainerRestartRuleActionRestart ||
					rule.Action == v1.ContainerRestartRuleActionRestartAllContainers && !opts.DisableRestartAllContainers) {
					return true
				}
				if restartIt, decided := restart.ByPolicy(*container.RestartPolicy, exitCode); decided {
					return restartIt
				}
			}
			return restart.ByPodPolicy(logger, pod, container.Name, exitCode)
		})
}

// matchingRule returns c's first restart rule that has exit codes matching
// exitCode (In: among the values, NotIn: not among them), or nil.
func matchingRule(c *v1.Container, exitCode int32) *v1.ContainerRestartRule {
	return runtimepod.FirstIn(c.RestartPolicyRules, func(r *v1.ContainerRestartRule) bool {
		if r.ExitCodes == nil {
			return false
		}
		in := slices.Contains(r.ExitCodes.Values, exitCode)
		return r.ExitCodes.Operator == v1.ContainerRestartRuleOnExitCodesOpIn && in ||
			r.ExitCodes.Operator == v1.ContainerRestartRuleOnExitCodesOpNotIn && !in
	})
}

// restartsAll reports whether c's first rule matching exitCode has action
// RestartAllContainers.
func restartsAll(c *v1.Container, exitCode int32) bool {
	rule := matchingRule(c, exitCode)
	return rule != nil && rule.Action == v1.ContainerRestartRuleActionRestartAllContainers
}

// ShouldAllContainersRestart reports whether every container of pod is to
// restart: apiPodStatus has a condition AllContainersRestarting whose status
// is exactly True, or an init or regular container exited with a code
// whose first matching rule has action RestartAllContainers. The code is
// taken from the container's first status in podStatus (when podStatus is
// not nil; a status missing or not exited skips the container), then from
// its last status of that name among apiPodStatus's init and regular
// statuses, when terminated.
func ShouldAllContainersRestart(pod *v1.Pod, podStatus *PodStatus, apiPodStatus *v1.PodStatus) bool {
	apiStatuses := map[string]*v1.ContainerStatus{}
	if apiPodStatus != nil {
		for _, c := range apiPodStatus.Conditions {
			if c.Type == v1.AllContainersRestarting && c.Status == v1.ConditionTrue {
				return true
			}
		}
		for _, list := range [][]v1.ContainerStatus{apiPodStatus.InitContainerStatuses, apiPodStatus.ContainerStatuses} {
			for i := range list {
				apiStatuses[list[i].Name] = &list[i]
			}
		}
	}
	return !podspec.VisitContainers(&pod.Spec, func(c *v1.Container, kind podspec.Kind, _ int) bool {
		if kind == podspec.Ephemeral {
			return true
		}
		if podStatus != nil {
			status := podStatus.FindContainerStatusByName(c.Name)
			if status == nil || status.State != ContainerStateExited {
				return true
			}
			if restartsAll(c, int32(status.ExitCode)) {
				return false
			}
		}
		s, ok := apiStatuses[c.Name]
		return !ok || s.State.Terminated == nil || !restartsAll(c, s.State.Terminated.ExitCode)
	})
}

// AllContainersRestartCleanedUp reports whether podStatus, which must not be
// nil, has no status left of any init or regular container of pod.
func AllContainersRestartCleanedUp(pod *v1.Pod, podStatus *PodStatus) bool {
	return podspec.VisitContainers(&pod.Spec, func(c *v1.Container, kind podspec.Kind, _ int) bool {
		return kind == podspec.Ephemeral || podStatus.FindContainerStatusByName(c.Name) == nil
	})
}

// HasAnyRegularContainerStarted reports whether one of statuses belongs to
// a regular container of spec and is running or terminated: the pod's init
// containers are done (not reliable once the sandbox was recreated).
//
// Deprecated: use HasAnyActiveRegularContainerStarted, as kubelet v1.37
// says.
func HasAnyRegularContainerStarted(spec *v1.PodSpec, statuses []v1.ContainerStatus) bool {
	return podspec.AnyRegularContainerStarted(spec, statuses)
}

// HasAnyActiveRegularContainerStarted reports whether an active container
// status of podStatus (nil gives false) belongs to a regular container of
// spec, whatever its state.
func HasAnyActiveRegularContainerStarted(spec *v1.PodSpec, podStatus *PodStatus) bool {
	if podStatus == nil {
		return false
	}
	regular := podspec.RegularContainerNames(spec)
	return runtimepod.First(podStatus.ActiveContainerStatuses, func(s *Status) bool { return regular[s.Name] }) != nil
}
