// Package statuscache is the kubelet's pod status cache, written once for
// every kubelet line and generic over the line's PodStatus type.
//
// A Cache holds one status (and the error of inspecting the pod) per pod,
// a global timestamp, and the GetNewerThan calls that wait for a status
// newer than some time. Package container of each line returns a Cache from
// its NewCache; see that package for the rules as the kubelet states them.
//
// Waiters are kept per pod and, across pods, in a min-heap ordered by a
// lower bound of each pod's earliest threshold, so that neither Set nor
// UpdateTime looks at pods it does not serve.
package statuscache
