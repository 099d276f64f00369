// Package kubelettypes declares, once for the kubelet lines from v1.33,
// the types of k8s.io/kubernetes/pkg/kubelet/types that their signatures
// name, with the kubelet's names and values. Each line's package
// kubelettypes aliases them.
package kubelettypes

// SwapBehavior says how much swap a container may use.
type SwapBehavior string

const (
	// LimitedSwap lets a container use swap in proportion to its memory
	// request.
	LimitedSwap SwapBehavior = "LimitedSwap"
	// NoSwap keeps a container out of swap.
	NoSwap SwapBehavior = "NoSwap"
)
