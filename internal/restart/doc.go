// Package restart holds the part of the kubelet's restart decision
// (ShouldContainerBeRestarted) that every kubelet line shares: a pod being
// deleted restarts nothing, a container without a runtime status is
// started, a running one is left alone, an unknown or created one is
// restarted, and one that ran and stopped is judged by a restart policy.
//
// What judges a stopped container differs between lines (kubelet v1.37
// reads the container's own restart policy and rules first), so Decide
// takes it as a function; ByPolicy and ByPodPolicy are the restart-policy
// rules both lines use.
package restart
