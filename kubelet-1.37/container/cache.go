package container

import (
	"time"

	"k8s.io/apimachinery/pkg/types"
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
