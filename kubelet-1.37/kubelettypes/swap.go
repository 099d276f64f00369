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
