package container

import (
	"context"
	"time"

	"github.com/kubecontainer/kubecontainer/internal/containergc"
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
// sourcesReadyProvider must not be nil. GarbageCollect and
// DeleteAllUnusedContainers return the runtime's error unchanged;
// DeleteAllUnusedContainers also asks it to evict the containers of
// terminated pods that are not deleted yet, and logs through klog.InfoS.
func NewContainerGC(runtime Runtime, policy GCPolicy, sourcesReadyProvider SourcesReadyProvider) (GC, error) {
	gc, err := containergc.New[GCPolicy](runtime, policy, policy.MinAge, sourcesReadyProvider, containergc.Options{})
	if err != nil {
		return nil, err // a nil GC, not a nil *containergc.GC in it
	}
	return gc, nil
}
