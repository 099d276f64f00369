package container

import (
	"time"

	"k8s.io/apimachinery/pkg/types"

	"github.com/kubecontainer/kubecontainer/internal/statuscache"
)

// Cache holds the status of every pod the runtime has. Every entry is at
// least as new as the global timestamp (UpdateTime); single entries may be
// newer. A pod without an entry reads as an empty PodStatus with its ID.
// Whoever fills the cache frees entries with Delete.
type Cache interface {
	// Get returns the pod's status and the error of its last inspection.
	Get(types.UID) (*PodStatus, error)
	// Set stores the pod's status and the error of inspecting it at the
	// given time, and reports whether it did: it always does unless the
	// cache was made with CacheOptions.EventedPLEG and holds newer data.
	Set(types.UID, *PodStatus, error, time.Time) (updated bool)
	// GetNewerThan blocks until the cache holds a status of the pod newer
	// than the given time, then returns it.
	GetNewerThan(types.UID, time.Time) (*PodStatus, error)
	// Delete drops the pod's entry.
	Delete(types.UID)
	// UpdateTime sets the global timestamp.
	UpdateTime(time.Time)
}

// CacheOptions says how a Cache from NewCacheWithOptions behaves; the zero
// value is NewCache's.
type CacheOptions struct {
	// EventedPLEG is the kubelet's gate, off by default: Set then refuses
	// data older than the entry's.
	EventedPLEG bool
}

// NewCache returns an empty Cache, safe for concurrent use, with the
// EventedPLEG gate off.
func NewCache() Cache { return NewCacheWithOptions(CacheOptions{}) }

// NewCacheWithOptions returns an empty Cache configured by opts.
func NewCacheWithOptions(opts CacheOptions) Cache {
	return statuscache.New(statuscache.Options{EventedPLEG: opts.EventedPLEG, EventedPLEGKeepsWaiting: true}, emptyPodStatus)
}

// emptyPodStatus is what the cache returns for a pod it has no entry for.
func emptyPodStatus(id types.UID) *PodStatus { return &PodStatus{ID: id} }
