package container

import (
	v1 "k8s.io/api/core/v1"
	"k8s.io/klog/v2"

	"github.com/kubecontainer/kubecontainer/internal/podspec"
	"github.com/kubecontainer/kubecontainer/internal/restart"
	"github.com/kubecontainer/kubecontainer/internal/runtimepod"
)

// RestartOptions sets the feature gates kubelet v1.35's restart decision
// reads off their defaults; the zero value is the defaults:
// ContainerRestartRules on, RestartAllContainersOnContainerExits off.
type RestartOptions struct {
	// DisableContainerRestartRules: only the pod's restart policy counts,
	// for a sidecar too. EnableRestartAllContainers then has no effect.
	DisableContainerRestartRules bool
	// EnableRestartAllContainers: a matching rule with action
	// RestartAllContainers restarts the container too (the kubelet also
	// needs NodeDeclaredFeatures on for it).
	EnableRestartAllContainers bool
}

// ShouldContainerBeRestarted is ShouldContainerBeRestartedWithOptions with
// the gates at their defaults.
func ShouldContainerBeRestarted(logger klog.Logger, container *v1.Container, pod *v1.Pod, podStatus *PodStatus) bool {
	return ShouldContainerBeRestartedWithOptions(logger, container, pod, podStatus, RestartOptions{})
}

// ShouldContainerBeRestartedWithOptions reports whether kubelet v1.35 would
// (re)start container of pod with the gates opts select: after an exit, by
// the container's first matching rule and restartPolicy, then the pod's.
// podStatus may be nil only for a pod being deleted.
func ShouldContainerBeRestartedWithOptions(logger klog.Logger, container *v1.Container, pod *v1.Pod, podStatus *PodStatus, opts RestartOptions) bool {
	return restart.Decide(pod,
		func() *Status { return podStatus.FindContainerStatusByName(container.Name) },
		func(s *Status) (string, int) { return string(s.State), s.ExitCode },
		func(exitCode int) bool {
			var policy *string
			if !opts.DisableContainerRestartRules && container.RestartPolicy != nil {
				p := string(*container.RestartPolicy)
				policy = &p
			}
			return restart.AfterExit(logger, pod, container.Name, policy, restartRules(container), exitCode, opts.EnableRestartAllContainers)
		})
}

// restartRules returns c's restart rules as package restart reads them.
func restartRules(c *v1.Container) []restart.Rule {
	rules := make([]restart.Rule, len(c.RestartPolicyRules))
	for i, r := range c.RestartPolicyRules {
		rules[i].Action = string(r.Action)
		if r.ExitCodes != nil {
			rules[i].HasExitCodes, rules[i].Operator, rules[i].Values = true, string(r.ExitCodes.Operator), r.ExitCodes.Values
		}
	}
	return rules
}

// ShouldAllContainersRestart reports whether every container of pod is to
// restart: apiPodStatus says AllContainersRestarting, or a container exited
// with a code whose first matching rule says RestartAllContainers.
func ShouldAllContainersRestart(pod *v1.Pod, podStatus *PodStatus, apiPodStatus *v1.PodStatus) bool {
	var exited func(string) (bool, int)
	if podStatus != nil {
		exited = func(name string) (bool, int) {
			s := podStatus.FindContainerStatusByName(name)
			return s != nil && s.State == ContainerStateExited, runtimepod.Value(s).ExitCode
		}
	}
	return restart.AllContainers(pod, restartRules, exited, apiPodStatus)
}

// AllContainersRestartCleanedUp reports whether podStatus, which must not be
// nil, has no status left of any init or regular container of pod.
func AllContainersRestartCleanedUp(pod *v1.Pod, podStatus *PodStatus) bool {
	return podspec.VisitContainers(&pod.Spec, func(c *v1.Container, kind podspec.Kind, _ int) bool {
		return kind == podspec.Ephemeral || podStatus.FindContainerStatusByName(c.Name) == nil
	})
}

// HasAnyRegularContainerStarted reports whether one of statuses belongs to
// a regular container of spec and is running or terminated.
//
// Deprecated: use HasAnyActiveRegularContainerStarted, as kubelet v1.35
// says.
func HasAnyRegularContainerStarted(spec *v1.PodSpec, statuses []v1.ContainerStatus) bool {
	return podspec.AnyRegularContainerStarted(spec, statuses)
}

// HasAnyActiveRegularContainerStarted reports whether an active status of
// podStatus belongs to a regular container of spec.
func HasAnyActiveRegularContainerStarted(spec *v1.PodSpec, podStatus *PodStatus) bool {
	if podStatus == nil {
		return false
	}
	regular := podspec.RegularContainerNames(spec)
	return runtimepod.First(podStatus.ActiveContainerStatuses, func(s *Status) bool { return regular[s.Name] }) != nil
}
