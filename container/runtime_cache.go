package container

import (
	"context"
	"time"
)

// RuntimeCache hands out the runtime's pods from a cache.
type RuntimeCache interface {
	GetPods(context.Context) ([]*Pod, error)
	ForceUpdateIfOlder(context.Context, time.Time) error
}

// podsGetter is where a RuntimeCache gets its pods from; every Runtime is
// one.
type podsGetter interface {
	GetPods(context.Context, bool) ([]*Pod, error)
}
