package container

import (
	"context"
	"time"

	"github.com/kubecontainer/kubecontainer/internal/containergc"
)

// GCPolicy says which dead containers may be garbage collected.
type GCPolicy struct {
	// MinAge is the age below which a dead container is kept.
	MinAge time.Duration
	// MaxPerPodContainer and MaxContainers are how many dead containers a
	// container of a pod and the node may keep; negative for no limit.
	MaxPerPodContainer int
	MaxContainers      int
}

// GC collects dead containers, from one goroutine at a time.
type GC interface {
	GarbageCollect(ctx context.Context) error
	// DeleteAllUnusedContainers also removes those of terminated pods.
	DeleteAllUnusedContainers(ctx context.Context) error
}

// SourcesReadyProvider tells whether the kubelet has seen every pod source.
type SourcesReadyProvider interface {
	AllReady() bool
}

// NewContainerGC returns the GC that runs runtime.GarbageCollect with policy
// (a negative MinAge is an error) and logs through its context's logger.
func NewContainerGC(runtime Runtime, policy GCPolicy, sourcesReadyProvider SourcesReadyProvider) (GC, error) {
	gc, err := containergc.New[GCPolicy](runtime, policy, policy.MinAge, sourcesReadyProvider, containergc.Options{ContextualLogging: true})
	if err != nil {
		return nil, err
	}
	return gc, nil
}
