package container

import (
	"context"
	"time"

	"github.com/kubecontainer/kubecontainer/internal/runtimecache"
)

// RuntimeCache hands out the runtime's pods from a cache.
type RuntimeCache interface {
	GetPods(context.Context) ([]*Pod, error)
	ForceUpdateIfOlder(context.Context, time.Time) error
}

// podsGetter is where a RuntimeCache gets its pods from; every Runtime is
// one.
type podsGetter interface {
	GetPods(context.Context, bool) ([]*Pod, error)
}

// NewRuntimeCache returns a RuntimeCache that asks getter for the running
// pods (GetPods with all set to false) when its copy is more than
// cachePeriod old. It validates nothing and never fails. It is safe for
// concurrent use: a fresh copy is read without a lock, and refreshes never
// overlap. On a refresh error GetPods returns the error and no pods, and
// keeps the old ones; the slice it returns is the cached one, not a copy.
func NewRuntimeCache(getter podsGetter, cachePeriod time.Duration) (RuntimeCache, error) {
	return runtimecache.New[Pod](getter, cachePeriod), nil
}

// runtimeCache is the shared runtime cache over this line's Pod.
type runtimeCache = runtimecache.Cache[Pod]

// TestRuntimeCache is a RuntimeCache with a zero cache period, so that
// GetPods refreshes on practically every call, and two extra methods for
// tests. Its Lock, Unlock and TryLock hold the refresh lock: while a
// caller holds it no refresh runs, but GetCachedPods still returns.
type TestRuntimeCache struct {
	*runtimeCache
}

// NewTestRuntimeCache returns an empty TestRuntimeCache reading from
// getter.
func NewTestRuntimeCache(getter podsGetter) *TestRuntimeCache {
	return &TestRuntimeCache{runtimeCache: runtimecache.New[Pod](getter, 0)}
}

// UpdateCacheWithLock refreshes the cached pods under the refresh lock,
// with a background context, and returns the refresh error.
func (r *TestRuntimeCache) UpdateCacheWithLock() error {
	r.Lock()
	defer r.Unlock()
	return runtimecache.Refresh(context.Background(), r.runtimeCache)
}

// GetCachedPods returns the cached pods, nil before the first refresh. It
// never refreshes and never waits for a refresh in progress.
func (r *TestRuntimeCache) GetCachedPods() []*Pod {
	return runtimecache.Cached(r.runtimeCache)
}

// ForceUpdateIfOlder refreshes the cached pods if they were fetched before
// minExpectedCacheTime, and returns the refresh error.
func (r *TestRuntimeCache) ForceUpdateIfOlder(ctx context.Context, minExpectedCacheTime time.Time) error {
	return r.runtimeCache.ForceUpdateIfOlder(ctx, minExpectedCacheTime)
}

// GetPods returns the cached pods, first refreshing them when they are
// older than the (zero) cache period.
func (r *TestRuntimeCache) GetPods(ctx context.Context) ([]*Pod, error) {
	return r.runtimeCache.GetPods(ctx)
}
