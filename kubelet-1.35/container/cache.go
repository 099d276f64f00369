package container

import (
	"time"

	"k8s.io/apimachinery/pkg/types"

	"github.com/kubecontainer/kubecontainer/internal/statuscache"
)

// Cache holds the status of every pod; a pod without an entry reads as an
// empty PodStatus with its ID. Entries are at least as new as UpdateTime's.
type Cache interface {
	Get(types.UID) (*PodStatus, error)
	// Set stores the pod's status and inspection error at the given time
	// and reports true, unless CacheOptions.EventedPLEG is set and the
	// entry is newer.
	Set(types.UID, *PodStatus, error, time.Time) (updated bool)
	// GetNewerThan blocks until the cache holds a status of the pod newer
	// than the given time, then returns it.
	GetNewerThan(types.UID, time.Time) (*PodStatus, error)
	Delete(types.UID)
	UpdateTime(time.Time)
}

// CacheOptions configures NewCacheWithOptions; the zero value is NewCache.
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
