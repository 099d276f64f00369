package testing

import (
	"context"
	"time"

	"k8s.io/apimachinery/pkg/types"

	"github.com/kubecontainer/kubecontainer/container"
)

var _ container.Cache = &fakeCache{}

// fakeCache is a container.Cache that stores nothing and asks its runtime
// for every status.
type fakeCache struct {
	runtime container.Runtime
}

// NewFakeCache returns a container.Cache that answers Get and GetNewerThan
// with runtime.GetPodStatus(context.Background(), id, "", ""), never blocks,
// and ignores Set, Delete and UpdateTime.
func NewFakeCache(runtime container.Runtime) container.Cache {
	return &fakeCache{runtime: runtime}
}

// Get returns the runtime's status of the pod.
func (c *fakeCache) Get(id types.UID) (*container.PodStatus, error) {
	return c.runtime.GetPodStatus(context.Background(), id, "", "")
}

// GetNewerThan is Get: it ignores the time and never blocks.
func (c *fakeCache) GetNewerThan(id types.UID, _ time.Time) (*container.PodStatus, error) {
	return c.Get(id)
}

// Set stores nothing and reports true.
func (c *fakeCache) Set(types.UID, *container.PodStatus, error, time.Time) bool {
	return true
}

// Delete does nothing.
func (c *fakeCache) Delete(types.UID) {}

// UpdateTime does nothing.
func (c *fakeCache) UpdateTime(time.Time) {}
