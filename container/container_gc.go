package container

import (
	"context"
	"time"

	"github.com/kubecontainer/kubecontainer/internal/containergc"
)

// GCPolicy says which dead containers may be garbage collected.
type GCPolicy struct {
	// MinAge is the age below which a dead container is kept; zero for
	// no minimum.
	MinAge time.Duration

	// MaxPerPodContainer is how many dead containers one container of a
	// pod (pod UID and container name) may keep; negative for no limit.
	MaxPerPodContainer int

	// MaxContainers is how many dead containers the node may keep in all;
	// negative for no limit.
	MaxContainers int
}

// GC collects dead containers, from one goroutine at a time.
type GC interface {
	// GarbageCollect removes the dead containers the policy allows.
	GarbageCollect(ctx context.Context) error
	// DeleteAllUnusedContainers removes every unused container, those of
	// terminated pods that are not deleted yet included.
	DeleteAllUnusedContainers(ctx context.Context) error
}

// SourcesReadyProvider tells whether the kubelet has seen every pod source.
type SourcesReadyProvider interface {
	// AllReady reports whether every configured source has been seen.
	AllReady() bool
}

// NewContainerGC returns the GC that runs runtime.GarbageCollect with policy
// and what sourcesReadyProvider answers at each run; a negative
// policy.MinAge is an error, nothing else is checked. It logs through
// klog.InfoS.
func NewContainerGC(runtime Runtime, policy GCPolicy, sourcesReadyProvider SourcesReadyProvider) (GC, error) {
	gc, err := containergc.New[GCPolicy](runtime, policy, policy.MinAge, sourcesReadyProvider, containergc.Options{})
	if err != nil {
		return nil, err
	}
	return gc, nil
}
