package container

import (
	"time"

	"k8s.io/apimachinery/pkg/types"

	"github.com/kubecontainer/kubecontainer/internal/statuscache"
)

// ROCache reads the pod status cache: Get at once, GetNewerThan blocking
// until the cache holds a status newer than a given time.
type ROCache interface {
	// Get returns the pod's status and the error of its last inspection.
	Get(types.UID) (*PodStatus, error)
	// GetNewerThan blocks until the cache holds a status of the pod newer
	// than the given time, then returns it.
	GetNewerThan(types.UID, time.Time) (*PodStatus, error)
}

// Cache holds the status of every pod and container the runtime has. Every
// entry is at least as new as the cache's global timestamp (UpdateTime);
// single entries may be newer. For a pod the runtime does not know, the
// cache returns an empty PodStatus carrying the pod's ID.
//
// Entries are freed only by Delete, which whoever fills the cache calls.
type Cache interface {
	ROCache
	// Set stores the pod's status, and the error of inspecting it, when
	// the given time is newer than what the cache holds, and reports
	// whether it did.
	Set(types.UID, *PodStatus, error, time.Time) (updated bool)
	// SetObservedTime records that the runtime confirmed the pod's status
	// at the given time without it changing.
	SetObservedTime(types.UID, time.Time)
	// Delete drops the pod's entry.
	Delete(types.UID)
	// UpdateTime sets the global timestamp.
	UpdateTime(time.Time)
}

// CacheOptions says how a Cache from NewCacheWithOptions behaves; the zero
// value is NewCache's.
type CacheOptions struct {
	// EventedPLEG is the kubelet's EventedPLEG feature gate (off by
	// default in v1.37). With it, Set refuses data older than the cached
	// entry (it stores nothing and returns false), and GetNewerThan of a
	// pod without an entry returns its empty status at once instead of
	// waiting for a Set, SetObservedTime or UpdateTime to reach the time.
	EventedPLEG bool
}

// NewCache returns an empty Cache that behaves as the kubelet v1.37 cache
// with the EventedPLEG gate at its default, off. It is safe for concurrent
// use, and a GetNewerThan waits without a goroutine of its own.
//
// SetObservedTime moves the time of a pod's entry forward, keeping the
// status and error, and wakes the GetNewerThan calls that time reaches: it
// counts as a Set of the same data at that time, except that it never
// moves the time back and does nothing for a pod without an entry. Get
// does not see it.
func NewCache() Cache {
	return NewCacheWithOptions(CacheOptions{})
}

// NewCacheWithOptions returns an empty Cache configured by opts.
func NewCacheWithOptions(opts CacheOptions) Cache {
	return statuscache.New(statuscache.Options{EventedPLEG: opts.EventedPLEG}, emptyPodStatus)
}

// emptyPodStatus is what the cache returns for a pod it has no entry for.
func emptyPodStatus(id types.UID) *PodStatus { return &PodStatus{ID: id} }
