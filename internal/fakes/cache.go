package fakes

import (
	"time"

	"k8s.io/apimachinery/pkg/types"
)

// StatusCache is a pod status cache that stores nothing: Get and
// GetNewerThan ask Status on every call and never block, Set reports true,
// and the other methods do nothing. S is a line's *PodStatus.
type StatusCache[S any] struct {
	// Status answers for a pod; a line's NewFakeCache asks its runtime.
	Status func(types.UID) (S, error)
}

// Get returns Status(id).
func (c *StatusCache[S]) Get(id types.UID) (S, error) {
	return c.Status(id)
}

// GetNewerThan returns Status(id); it ignores the time and never blocks.
func (c *StatusCache[S]) GetNewerThan(id types.UID, _ time.Time) (S, error) {
	return c.Status(id)
}

// Set stores nothing and reports true.
func (c *StatusCache[S]) Set(types.UID, S, error, time.Time) bool {
	return true
}

// SetObservedTime does nothing.
func (c *StatusCache[S]) SetObservedTime(types.UID, time.Time) {}

// Delete does nothing.
func (c *StatusCache[S]) Delete(types.UID) {}

// UpdateTime does nothing.
func (c *StatusCache[S]) UpdateTime(time.Time) {}
