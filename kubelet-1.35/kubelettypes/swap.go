package kubelettypes

import "github.com/kubecontainer/kubecontainer/internal/kubelettypes"

// SwapBehavior says how much swap a container may use.
type SwapBehavior = kubelettypes.SwapBehavior

// The swap behaviors: LimitedSwap in proportion to the memory request,
// NoSwap none.
const (
	LimitedSwap = kubelettypes.LimitedSwap
	NoSwap      = kubelettypes.NoSwap
)
