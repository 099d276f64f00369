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
	// IsContainerFsSeparateFromImageFs reports whether the containers'
	// writable layers are on another filesystem than the images.
	IsContainerFsSeparateFromImageFs(ctx context.Context) bool
}

// SourcesReadyProvider tells whether the kubelet has seen every pod source.
type SourcesReadyProvider interface {
	AllReady() bool
}

// NewContainerGC returns the GC that runs runtime.GarbageCollect with policy
// and what sourcesReadyProvider answers at each run; a negative
// policy.MinAge is an error, nothing else is checked. It logs through
// klog.InfoS. IsContainerFsSeparateFromImageFs asks runtime.ImageFsInfo:
// separate when the first image and the first container filesystem have
// IDs of different mount points; not on an error.
func NewContainerGC(runtime Runtime, policy GCPolicy, sourcesReadyProvider SourcesReadyProvider) (GC, error) {
	gc, err := containergc.New[GCPolicy](runtime, policy, policy.MinAge, sourcesReadyProvider, containergc.Options{})
	if err != nil {
		return nil, err
	}
	return &containerGC{GC: gc, runtime: runtime}, nil
}

// containerGC is the GC of NewContainerGC.
type containerGC struct {
	*containergc.GC[GCPolicy]
	runtime Runtime
}

// IsContainerFsSeparateFromImageFs reports whether the runtime's first
// container filesystem is mounted elsewhere than its first image one.
func (g *containerGC) IsContainerFsSeparateFromImageFs(ctx context.Context) bool {
	info, err := g.runtime.ImageFsInfo(ctx)
	return err == nil && containergc.SeparateFilesystems(info.GetImageFilesystems(), info.GetContainerFilesystems())
}
