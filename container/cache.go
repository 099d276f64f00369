package container

import (
	"time"

	"k8s.io/apimachinery/pkg/types"
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
	// Set stores the status of a pod if it is newer than the cached
	// one, judged by the given timestamp, and reports whether it did.
	Set(types.UID, *PodStatus, error, time.Time) (updated bool)
	// GetNewerThan blocks until the cache holds the pod's status newer
	// than the given time, and returns it.
	GetNewerThan(types.UID, time.Time) (*PodStatus, error)
	Delete(types.UID)
	UpdateTime(time.Time)
}
