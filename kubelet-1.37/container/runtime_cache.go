package container

import (
	"context"
	"time"

	"github.com/kubecontainer/kubecontainer/internal/runtimecache"
)

// RuntimeCache returns the runtime's pods from a cache.
type RuntimeCache interface {
	GetPods(context.Context) ([]*Pod, error)
	ForceUpdateIfOlder(context.Context, time.Time) error
}

// podsGetter is what a RuntimeCache reads pods from; a Runtime is one.
type podsGetter interface {
	GetPods(context.Context, bool) ([]*Pod, error)
}

// NewRuntimeCache returns a RuntimeCache over getter's running pods
// (GetPods(ctx, false)), refreshed when older than cachePeriod; the error
// is always nil. A fresh copy is read without a lock and refreshes never
// overlap; a failed refresh returns its error and keeps the old pods.
func NewRuntimeCache(getter podsGetter, cachePeriod time.Duration) (RuntimeCache, error) {
	return runtimecache.New[Pod](getter, cachePeriod), nil
}

// runtimeCache is the shared runtime cache over this line's Pod.
type runtimeCache = runtimecache.Cache[Pod]

// TestRuntimeCache is a RuntimeCache with a cache period of zero and two
// methods for tests. Its Lock, Unlock and TryLock hold the refresh lock,
// which stops refreshes but not GetCachedPods. As upstream's, the zero value
// can be locked and its GetCachedPods returns nil; NewTestRuntimeCache makes
// one that refreshes.
type TestRuntimeCache struct {
	runtimeCache
}

// NewTestRuntimeCache returns an empty TestRuntimeCache over getter.
func NewTestRuntimeCache(getter podsGetter) *TestRuntimeCache {
	r := &TestRuntimeCache{}
	runtimecache.Init[Pod](&r.runtimeCache, getter, 0)
	return r
}

// UpdateCacheWithLock refreshes the pods under the refresh lock and returns
// the refresh error.
func (r *TestRuntimeCache) UpdateCacheWithLock(ctx context.Context) error {
	r.Lock()
	defer r.Unlock()
	return runtimecache.Refresh(ctx, &r.runtimeCache)
}

// GetCachedPods returns the cached pods, nil before the first refresh,
// without refreshing or waiting.
func (r *TestRuntimeCache) GetCachedPods() []*Pod { return runtimecache.Cached(&r.runtimeCache) }

// GetPods returns the cached pods, refreshed first when the clock has moved
// since the last refresh.
func (r *TestRuntimeCache) GetPods(ctx context.Context) ([]*Pod, error) {
	return r.runtimeCache.GetPods(ctx)
}

// ForceUpdateIfOlder refreshes the pods when they were fetched before
// minExpectedCacheTime.
func (r *TestRuntimeCache) ForceUpdateIfOlder(ctx context.Context, minExpectedCacheTime time.Time) error {
	return r.runtimeCache.ForceUpdateIfOlder(ctx, minExpectedCacheTime)
}
