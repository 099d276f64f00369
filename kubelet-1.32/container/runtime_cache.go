package container

import (
	"context"
	"time"

	"github.com/kubecontainer/kubecontainer/internal/runtimecache"
)

// RuntimeCache returns a runtime's pods from a cached copy.
type RuntimeCache interface {
	GetPods(context.Context) ([]*Pod, error)
	ForceUpdateIfOlder(context.Context, time.Time) error
}

// podsGetter is the source of a RuntimeCache; a Runtime is one.
type podsGetter interface {
	GetPods(context.Context, bool) ([]*Pod, error)
}

// NewRuntimeCache returns a RuntimeCache of getter's running pods that
// refreshes its copy when it is older than cachePeriod; the error is
// always nil. It is safe for concurrent use. A failed refresh returns its
// error and keeps the old copy.
func NewRuntimeCache(getter podsGetter, cachePeriod time.Duration) (RuntimeCache, error) {
	return runtimecache.New[Pod](getter, cachePeriod), nil
}

// TestRuntimeCache is a RuntimeCache of period zero with two methods for
// tests. Lock, Unlock and TryLock hold off refreshes, not GetCachedPods.
type TestRuntimeCache struct {
	*sharedCache
}

// sharedCache is the runtime cache over this line's pods.
type sharedCache = runtimecache.Cache[Pod]

// NewTestRuntimeCache returns an empty TestRuntimeCache of getter.
func NewTestRuntimeCache(getter podsGetter) *TestRuntimeCache {
	return &TestRuntimeCache{sharedCache: runtimecache.New[Pod](getter, 0)}
}

// UpdateCacheWithLock refreshes the pods, with a background context, while
// holding the lock, and returns the getter's error.
func (r *TestRuntimeCache) UpdateCacheWithLock() error {
	r.Lock()
	defer r.Unlock()
	return runtimecache.Refresh(context.Background(), r.sharedCache)
}

// GetCachedPods returns the cached pods, nil before the first refresh,
// without refreshing or waiting.
func (r *TestRuntimeCache) GetCachedPods() []*Pod {
	return runtimecache.Cached(r.sharedCache)
}

// GetPods returns the pods, refreshed first when the clock has moved since
// the last refresh.
func (r *TestRuntimeCache) GetPods(ctx context.Context) ([]*Pod, error) {
	return r.sharedCache.GetPods(ctx)
}

// ForceUpdateIfOlder refreshes the pods when they were read before
// minExpectedCacheTime.
func (r *TestRuntimeCache) ForceUpdateIfOlder(ctx context.Context, minExpectedCacheTime time.Time) error {
	return r.sharedCache.ForceUpdateIfOlder(ctx, minExpectedCacheTime)
}
