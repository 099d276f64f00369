package restart

import (
	"slices"

	v1 "k8s.io/api/core/v1"
	"k8s.io/klog/v2"
)

// The restart rules of kubelet v1.34 and later (a container's
// restartPolicyRules). The shared code reads them as Rules, which the lines
// convert from their API's fields, so it builds against the oldest API too.

// The rule actions and exit-code operators, as the API spells them.
const (
	ActionRestart     = "Restart"
	ActionRestartAll  = "RestartAllContainers"
	operatorIn        = "In"
	operatorNotIn     = "NotIn"
	conditionTrue     = "True"
	restartingAllType = "AllContainersRestarting"
)

// Rule is one restart rule of a container.
type Rule struct {
	Action string
	// HasExitCodes is whether the rule has exit codes; one without never
	// matches.
	HasExitCodes bool
	Operator     string
	Values       []int32
}

// MatchingAction returns the action of the first of rules whose exit codes
// match exitCode (operator In: among the values, NotIn: not among them;
// any other operator matches nothing), or "" when none does.
func MatchingAction(rules []Rule, exitCode int32) string {
	for _, r := range rules {
		in := slices.Contains(r.Values, exitCode)
		if r.HasExitCodes && (r.Operator == operatorIn && in || r.Operator == operatorNotIn && !in) {
			return r.Action
		}
	}
	return ""
}

// AfterExit judges a container of pod that stopped with exitCode as
// kubelets from v1.34 do. When the container has a restart policy of its
// own (policy is not nil; the lines pass nil where a gate turns it off),
// its first rule matching the code restarts it if the action is Restart,
// or RestartAllContainers when restartAll; then its policy decides if it
// is Always, OnFailure or Never. Otherwise ByPodPolicy decides.
func AfterExit(logger klog.Logger, pod *v1.Pod, containerName string, policy *string, rules []Rule, exitCode int, restartAll bool) bool {
	if policy != nil {
		switch MatchingAction(rules, int32(exitCode)) {
		case ActionRestart:
			return true
		case ActionRestartAll:
			if restartAll {
				return true
			}
		}
		if restartIt, decided := ByPolicy(*policy, exitCode); decided {
			return restartIt
		}
	}
	return ByPodPolicy(logger, pod, containerName, exitCode)
}

// AllContainers reports whether every container of pod is to restart, as
// kubelet v1.35's ShouldAllContainersRestart decides: apiStatus (which may
// be nil) has the condition AllContainersRestarting with status True, or an
// init or regular container exited with a code whose first matching rule
// (rules reads a container's) has action RestartAllContainers. The code is
// taken from the container's runtime status (exited reports whether the
// first status of that name exists and is exited, and its code; nil when
// the runtime status is unknown), where a missing or not exited status
// skips the container, then from its last terminated status of that name
// among apiStatus's init and regular statuses.
func AllContainers(pod *v1.Pod, rules func(*v1.Container) []Rule, exited func(name string) (bool, int), apiStatus *v1.PodStatus) bool {
	apiStatuses := map[string]*v1.ContainerStatus{}
	if apiStatus != nil {
		for _, c := range apiStatus.Conditions {
			if c.Type == restartingAllType && c.Status == conditionTrue {
				return true
			}
		}
		for _, list := range [][]v1.ContainerStatus{apiStatus.InitContainerStatuses, apiStatus.ContainerStatuses} {
			for i := range list {
				apiStatuses[list[i].Name] = &list[i]
			}
		}
	}
	restartsAll := func(c *v1.Container, code int32) bool { return MatchingAction(rules(c), code) == ActionRestartAll }
	for _, list := range [][]v1.Container{pod.Spec.InitContainers, pod.Spec.Containers} {
		for i := range list {
			c := &list[i]
			if exited != nil {
				ok, code := exited(c.Name)
				if !ok {
					continue
				}
				if restartsAll(c, int32(code)) {
					return true
				}
			}
			if s, ok := apiStatuses[c.Name]; ok && s.State.Terminated != nil && restartsAll(c, s.State.Terminated.ExitCode) {
				return true
			}
		}
	}
	return false
}
