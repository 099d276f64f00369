package testing

import (
	"context"
	"time"

	"k8s.io/apimachinery/pkg/types"

	"github.com/kubecontainer/kubecontainer/internal/fakes"
	kubecontainer "github.com/kubecontainer/kubecontainer/kubelet-1.32/container"
)

// NewFakeCache returns a kubecontainer.Cache that keeps nothing: Get and
// GetNewerThan return runtime.GetPodStatus(context.Background(), id, "",
// "") without waiting, Set returns true, Delete and UpdateTime do nothing.
func NewFakeCache(runtime kubecontainer.Runtime) kubecontainer.Cache {
	return &fakes.StatusCache[*kubecontainer.PodStatus]{Status: func(id types.UID) (*kubecontainer.PodStatus, error) {
		return runtime.GetPodStatus(context.Background(), id, "", "")
	}}
}

// podsGetter is FakeRuntimeCache's source; a Runtime is one.
type podsGetter interface {
	GetPods(context.Context, bool) ([]*kubecontainer.Pod, error)
}

// FakeRuntimeCache is a RuntimeCache that caches nothing.
type FakeRuntimeCache struct {
	getter podsGetter
}

// NewFakeRuntimeCache returns a FakeRuntimeCache of getter.
func NewFakeRuntimeCache(getter podsGetter) kubecontainer.RuntimeCache {
	return &FakeRuntimeCache{getter}
}

// GetPods returns getter.GetPods(ctx, false).
func (f *FakeRuntimeCache) GetPods(ctx context.Context) ([]*kubecontainer.Pod, error) {
	return f.getter.GetPods(ctx, false)
}

// ForceUpdateIfOlder returns nil.
func (f *FakeRuntimeCache) ForceUpdateIfOlder(context.Context, time.Time) error {
	return nil
}
