package testing

import (
	"context"
	"time"

	kubecontainer "github.com/kubecontainer/kubecontainer/kubelet-1.37/container"
)

// podsGetter is where FakeRuntimeCache gets its pods from. Every
// kubecontainer.Runtime, FakeRuntime included, is one.
type podsGetter interface {
	GetPods(context.Context, bool) ([]*kubecontainer.Pod, error)
}

// FakeRuntimeCache is a kubecontainer.RuntimeCache that caches nothing: it
// asks its getter on every call.
type FakeRuntimeCache struct {
	getter podsGetter
}

// NewFakeRuntimeCache returns a FakeRuntimeCache that reads from getter.
func NewFakeRuntimeCache(getter podsGetter) kubecontainer.RuntimeCache {
	return &FakeRuntimeCache{getter}
}

// GetPods returns getter.GetPods(ctx, false), unchanged.
func (f *FakeRuntimeCache) GetPods(ctx context.Context) ([]*kubecontainer.Pod, error) {
	return f.getter.GetPods(ctx, false)
}

// ForceUpdateIfOlder does nothing and returns nil.
func (f *FakeRuntimeCache) ForceUpdateIfOlder(context.Context, time.Time) error {
	return nil
}
