package container

import (
	"time"

	"k8s.io/apimachinery/pkg/types"

	"github.com/kubecontainer/kubecontainer/internal/statuscache"
)

// Cache keeps the PodStatus of every pod the runtime has. All entries are
// at least as new as the global timestamp UpdateTime sets. A pod without
// an entry reads as an empty PodStatus with its ID. Whoever fills the cache
// deletes the entries of pods that are gone.
type Cache interface {
	// Get returns the pod's status and the error of reading it.
	Get(types.UID) (*PodStatus, error)
	// Set stores the pod's status at the given time and reports whether
	// it did: always, unless CacheOptions.EventedPLEG makes it keep a
	// newer entry.
	Set(types.UID, *PodStatus, error, time.Time) (updated bool)
	// GetNewerThan waits until the pod's entry, or the global timestamp,
	// is newer than the given time, then returns the pod's status.
	GetNewerThan(types.UID, time.Time) (*PodStatus, error)
	// Delete drops the pod's entry.
	Delete(types.UID)
	// UpdateTime sets the global timestamp.
	UpdateTime(time.Time)
}

// CacheOptions configure NewCacheWithOptions; the zero value is NewCache.
type CacheOptions struct {
	// EventedPLEG is the kubelet's EventedPLEG gate (off in v1.32): Set
	// then keeps an entry newer than the given time and returns false, and
	// GetNewerThan returns a pod without an entry at once.
	EventedPLEG bool
}

// NewCache returns an empty Cache, safe for concurrent use, that behaves as
// kubelet v1.32's with the EventedPLEG gate off.
func NewCache() Cache {
	return NewCacheWithOptions(CacheOptions{})
}

// NewCacheWithOptions returns an empty Cache configured by opts.
func NewCacheWithOptions(opts CacheOptions) Cache {
	return statuscache.New(statuscache.Options{EventedPLEG: opts.EventedPLEG}, func(id types.UID) *PodStatus {
		return &PodStatus{ID: id}
	})
}
