package containergc

import (
	"context"
	"fmt"
	"time"

	"k8s.io/klog/v2"
)

// Collector garbage-collects containers under a policy of type P; every
// line's Runtime is one.
type Collector[P any] interface {
	GarbageCollect(ctx context.Context, gcPolicy P, allSourcesReady bool, evictNonDeletedPods bool) error
}

// SourcesReady tells whether the kubelet has seen all of its pod sources.
type SourcesReady interface {
	AllReady() bool
}

// Options selects what differs between the lines.
type Options struct {
	// ContextualLogging logs through the logger of the context passed to
	// DeleteAllUnusedContainers (klog.FromContext) instead of klog's
	// global functions.
	ContextualLogging bool
}

// GC collects dead containers through a Collector. It holds no lock: like
// the kubelet's, it is meant for one goroutine at a time.
type GC[P any] struct {
	runtime Collector[P]
	policy  P
	sources SourcesReady
	opts    Options
}

// New returns a GC that applies policy through runtime, asking sources on
// every run whether all pod sources have been seen. minAge is the policy's
// MinAge; a negative one is an error, and nothing else is checked.
func New[P any](runtime Collector[P], policy P, minAge time.Duration, sources SourcesReady, opts Options) (*GC[P], error) {
	if minAge < 0 {
		return nil, fmt.Errorf("invalid minimum garbage collection age: %v", minAge)
	}
	return &GC[P]{runtime: runtime, policy: policy, sources: sources, opts: opts}, nil
}

// GarbageCollect asks the runtime to collect dead containers and returns
// its error unchanged.
func (g *GC[P]) GarbageCollect(ctx context.Context) error {
	return g.runtime.GarbageCollect(ctx, g.policy, g.sources.AllReady(), false)
}

// DeleteAllUnusedContainers logs that it does, then asks the runtime to
// collect dead containers, those of terminated but not deleted pods
// included, and returns its error unchanged.
func (g *GC[P]) DeleteAllUnusedContainers(ctx context.Context) error {
	const msg = "Attempting to delete unused containers"
	if g.opts.ContextualLogging {
		klog.FromContext(ctx).Info(msg)
	} else {
		klog.InfoS(msg)
	}
	return g.runtime.GarbageCollect(ctx, g.policy, g.sources.AllReady(), true)
}
