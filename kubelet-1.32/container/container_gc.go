package container

import (
	"context"
	"time"

	"github.com/kubecontainer/kubecontainer/internal/containergc"
)

// GCPolicy says which dead containers the GC may remove.
type GCPolicy struct {
	// MinAge is the youngest age a dead container is removed at; zero:
	// any age.
	MinAge time.Duration
	// MaxPerPodContainer is how many dead containers one container of a
	// pod keeps; negative: no limit.
	MaxPerPodContainer int
	// MaxContainers is how many dead containers the node keeps; negative:
	// no limit.
	MaxContainers int
}

// GC removes dead containers. Use it from one goroutine at a time.
type GC interface {
	// GarbageCollect removes the dead containers the policy lets go.
	GarbageCollect(ctx context.Context) error
	// DeleteAllUnusedContainers removes every unused container, those of
	// terminated pods not yet deleted included.
	DeleteAllUnusedContainers(ctx context.Context) error
}

// SourcesReadyProvider says whether the kubelet has seen all its pod
// sources.
type SourcesReadyProvider interface {
	// AllReady reports whether every source has been seen.
	AllReady() bool
}

// NewContainerGC returns a GC that calls runtime.GarbageCollect with policy
// and what sourcesReadyProvider says at that moment; it returns the
// runtime's errors unchanged, and DeleteAllUnusedContainers logs through
// klog.InfoS. Only a negative MinAge is refused; runtime and
// sourcesReadyProvider must not be nil.
func NewContainerGC(runtime Runtime, policy GCPolicy, sourcesReadyProvider SourcesReadyProvider) (GC, error) {
	gc, err := containergc.New[GCPolicy](runtime, policy, policy.MinAge, sourcesReadyProvider, containergc.Options{})
	if err != nil {
		return nil, err
	}
	return gc, nil
}
