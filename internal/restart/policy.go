package restart

import (
	v1 "k8s.io/api/core/v1"
	"k8s.io/klog/v2"
)

// The restart policies ByPolicy decides on; v1.RestartPolicy and, in
// newer APIs, v1.ContainerRestartPolicy spell them alike.
const (
	policyAlways    = "Always"
	policyOnFailure = "OnFailure"
	policyNever     = "Never"
)

// ByPolicy returns what restart policy policy says about a container that
// stopped with exitCode: Always restarts it, OnFailure restarts it after a
// non-zero exit code, Never keeps it down. For any other value (empty,
// unknown) decided is false and restart means nothing.
func ByPolicy[P ~string](policy P, exitCode int) (restart, decided bool) {
	switch string(policy) {
	case policyAlways:
		return true, true
	case policyOnFailure:
		return exitCode != 0, true
	case policyNever:
		return false, true
	}
	return false, false
}

// ByPodPolicy returns what the restart policy of pod says about its
// container containerName that stopped with exitCode. Never keeps it down,
// OnFailure keeps it down after exit code 0, and every other policy
// (Always, empty, unknown values) restarts it. When it keeps a container
// down it logs why at verbosity 4, with the kubelet's messages.
func ByPodPolicy(logger klog.Logger, pod *v1.Pod, containerName string, exitCode int) bool {
	restart, decided := ByPolicy(pod.Spec.RestartPolicy, exitCode)
	if !decided || restart {
		return true
	}
	message := "Already successfully ran container, do nothing"
	if pod.Spec.RestartPolicy == v1.RestartPolicyNever {
		message = "Already ran container, do nothing"
	}
	logger.V(4).Info(message, "pod", klog.KObj(pod), "containerName", containerName)
	return false
}
