package container

import (
	"context"
	"time"
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
