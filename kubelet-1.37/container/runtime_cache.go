package container

import (
	"context"
	"time"
)

// RuntimeCache returns the runtime's pods from a cache.
type RuntimeCache interface {
	// GetPods returns the cached pods, refreshing them first when they
	// are too old.
	GetPods(context.Context) ([]*Pod, error)
	// ForceUpdateIfOlder refreshes the cache when it is older than the
	// given time.
	ForceUpdateIfOlder(context.Context, time.Time) error
}

// podsGetter is what a RuntimeCache reads the pods from: a Runtime has
// this method.
type podsGetter interface {
	GetPods(context.Context, bool) ([]*Pod, error)
}
