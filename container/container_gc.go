package container

import (
	"context"
	"fmt"
	"time"

	"k8s.io/klog/v2"
)

// GC garbage-collects dead containers. It is not safe for concurrent use.
type GC interface {
	// GarbageCollect removes dead containers under the GC's policy.
	GarbageCollect(ctx context.Context) error
	// DeleteAllUnusedContainers removes every unused container,
	// including those of pods that have terminated but are not deleted.
	DeleteAllUnusedContainers(ctx context.Context) error
}

// GCPolicy is a policy for garbage-collecting containers.
type GCPolicy struct {
	// MinAge is the age a dead container must reach before it is
	// collected; zero means any age.
	MinAge time.Duration
	// MaxPerPodContainer is the most dead containers kept per pod and
	// container name; less than zero means no limit.
	MaxPerPodContainer int
	// MaxContainers is the most dead containers kept in all; less than
	// zero means no limit.
	MaxContainers int
}

// SourcesReadyProvider tells whether the kubelet has heard from all of its
// pod sources.
type SourcesReadyProvider interface {
	// AllReady reports whether every configured source has been seen.
	AllReady() bool
}

// NewContainerGC returns a GC that applies policy through runtime, asking
// sourcesReadyProvider on every run whether all pod sources have been
// seen. The only check is that policy.MinAge is not negative; runtime and
// sourcesReadyProvider must not be nil.
func NewContainerGC(runtime Runtime, policy GCPolicy, sourcesReadyProvider SourcesReadyProvider) (GC, error) {
	if policy.MinAge < 0 {
		return nil, fmt.Errorf("invalid minimum garbage collection age: %v", policy.MinAge)
	}
	return &realContainerGC{
		runtime:              runtime,
		policy:               policy,
		sourcesReadyProvider: sourcesReadyProvider,
	}, nil
}

// realContainerGC implements GC on top of Runtime.GarbageCollect.
type realContainerGC struct {
	runtime              Runtime
	policy               GCPolicy
	sourcesReadyProvider SourcesReadyProvider
}

// GarbageCollect asks the runtime to collect dead containers and returns
// its error unchanged.
func (cgc *realContainerGC) GarbageCollect(ctx context.Context) error {
	return cgc.runtime.GarbageCollect(ctx, cgc.policy, cgc.sourcesReadyProvider.AllReady(), false)
}

// DeleteAllUnusedContainers asks the runtime to collect dead containers,
// those of terminated but not deleted pods included, and returns its error
// unchanged.
func (cgc *realContainerGC) DeleteAllUnusedContainers(ctx context.Context) error {
	klog.InfoS("Attempting to delete unused containers")
	return cgc.runtime.GarbageCollect(ctx, cgc.policy, cgc.sourcesReadyProvider.AllReady(), true)
}
