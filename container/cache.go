package container

import (
	"time"

	"k8s.io/apimachinery/pkg/types"

	"github.com/kubecontainer/kubecontainer/internal/statuscache"
)

// Cache holds the PodStatus of every pod the container runtime can see.
//
// Every entry is at least as new as the cache's global timestamp (set by
// UpdateTime); single entries may be newer. For a pod the runtime knows
// nothing about, the cache returns an empty PodStatus with only its ID set.
//
// Get reads without blocking; GetNewerThan blocks until the cache holds data
// newer than the given time. Whoever fills the cache must call Delete to
// drop the entries of pods that are gone.
type Cache interface {
	Get(types.UID) (*PodStatus, error)
	// Set stores the pod's status and the error of inspecting it at the
	// given time, and reports whether it did: it always does unless the
	// cache was made with CacheOptions.EventedPLEG and holds newer data.
	Set(types.UID, *PodStatus, error, time.Time) (updated bool)
	// GetNewerThan blocks until the cache holds the pod's status newer
	// than the given time, and returns it.
	GetNewerThan(types.UID, time.Time) (*PodStatus, error)
	Delete(types.UID)
	UpdateTime(time.Time)
}

// CacheOptions selects how a Cache made by NewCacheWithOptions behaves.
// The zero value gives the same cache as NewCache.
type CacheOptions struct {
	// EventedPLEG makes the cache behave as the kubelet's does with its
	// EventedPLEG feature gate on. Two things change:
	//   - Set keeps a cached entry whose timestamp is after the given one:
	//     it stores nothing, wakes nobody and returns false. Without the
	//     option Set always stores, even older data, and returns true.
	//   - GetNewerThan for a pod the cache has no entry for returns the
	//     default data (an empty PodStatus with only its ID set) at once.
	//     Without the option it waits until a Set for the pod or an
	//     UpdateTime reaches the requested time.
	EventedPLEG bool
}

// NewCache returns an empty Cache that behaves as the kubelet's cache with
// the EventedPLEG feature gate off, the Kubernetes v1.27 default. It is
// safe for concurrent use.
func NewCache() Cache {
	return NewCacheWithOptions(CacheOptions{})
}

// NewCacheWithOptions returns an empty Cache configured by opts. It is safe
// for concurrent use.
func NewCacheWithOptions(opts CacheOptions) Cache {
	return statuscache.New(statuscache.Options{EventedPLEG: opts.EventedPLEG}, newDefaultPodStatus)
}

// newDefaultPodStatus is the status the cache hands out for a pod it has no
// entry for: an empty PodStatus with only the ID set.
func newDefaultPodStatus(id types.UID) *PodStatus {
	return &PodStatus{ID: id}
}
