package container

import (
	v1 "k8s.io/api/core/v1"

	"github.com/kubecontainer/kubecontainer/internal/runtimepod"
)

// matchingRestartRule returns the first of rules that has exitCodes and
// whose exitCodes match exitCode, or nil. A rule without exitCodes never
// matches.
func matchingRestartRule(rules []v1.ContainerRestartRule, exitCode int32) *v1.ContainerRestartRule {
	return runtimepod.FirstIn(rules, func(rule *v1.ContainerRestartRule) bool {
		return rule.ExitCodes != nil && exitCodesMatch(rule.ExitCodes, exitCode)
	})
}

// exitCodesMatch reports whether exitCode satisfies the requirement: with
// operator In it must be one of the values, with NotIn none of them. Any
// other operator matches nothing.
func exitCodesMatch(codes *v1.ContainerRestartRuleOnExitCodes, exitCode int32) bool {
	switch codes.Operator {
	case v1.ContainerRestartRuleOnExitCodesOpIn:
		return containsCode(codes.Values, exitCode)
	case v1.ContainerRestartRuleOnExitCodesOpNotIn:
		return !containsCode(codes.Values, exitCode)
	}
	return false
}

// containsCode reports whether code is among codes.
func containsCode(codes []int32, code int32) bool {
	for _, c := range codes {
		if c == code {
			return true
		}
	}
	return false
}
