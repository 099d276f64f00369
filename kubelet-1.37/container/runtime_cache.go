package container

import (
	"context"
	"time"

	"github.com/kubecontainer/kubecontainer/internal/runtimecache"
)

// RuntimeCache returns the runtime's pods from a cache.
type RuntimeCache interface {
	// GetPods returns the cached pods, refreshing them first when they
	// are too old.
	GetPods(context.Context) ([]*Pod, error)
	// ForceUpdateIfOlder refreshes the cache when it is older than the
	// given time.
	ForceUpdateIfOlder(context.Context, time.Time) error
}

// podsGetter is what a RuntimeCache reads the pods from: a Runtime has
// this method.
type podsGetter interface {
	GetPods(context.Context, bool) ([]*Pod, error)
}

// NewRuntimeCache returns a RuntimeCache over getter's running pods
// (GetPods(ctx, false)), refreshed when the copy is older than cachePeriod.
// The error is always nil. Reads of a fresh copy take no lock; refreshes
// are serialized, and a failed one returns its error and keeps the old
// copy.
func NewRuntimeCache(getter podsGetter, cachePeriod time.Duration) (RuntimeCache, error) {
	return runtimecache.New[Pod](getter, cachePeriod), nil
}

// sharedRuntimeCache is the runtime cache of package runtimecache over Pod.
type sharedRuntimeCache = runtimecache.Cache[Pod]

// TestRuntimeCache is the runtime cache with a cache period of zero and two
// methods for tests. The promoted Lock, Unlock and TryLock take the refresh
// lock, which stops refreshes but not GetCachedPods.
type TestRuntimeCache struct {
	*sharedRuntimeCache
}

// NewTestRuntimeCache returns a TestRuntimeCache over getter, with nothing
// cached yet.
func NewTestRuntimeCache(getter podsGetter) *TestRuntimeCache {
	return &TestRuntimeCache{sharedRuntimeCache: runtimecache.New[Pod](getter, 0)}
}

// UpdateCacheWithLock takes the refresh lock and refreshes the pods with
// ctx, returning the runtime's error (the old pods stay cached then).
func (r *TestRuntimeCache) UpdateCacheWithLock(ctx context.Context) error {
	r.Lock()
	defer r.Unlock()
	return runtimecache.Refresh(ctx, r.sharedRuntimeCache)
}

// GetCachedPods returns what is cached (nil before any refresh) without
// refreshing or waiting.
func (r *TestRuntimeCache) GetCachedPods() []*Pod {
	return runtimecache.Cached(r.sharedRuntimeCache)
}

// GetPods returns the cached pods, refreshed first when stale: with the
// zero period, whenever the clock has moved since the last refresh.
func (r *TestRuntimeCache) GetPods(ctx context.Context) ([]*Pod, error) {
	return r.sharedRuntimeCache.GetPods(ctx)
}

// ForceUpdateIfOlder refreshes the pods when they were fetched before
// minExpectedCacheTime.
func (r *TestRuntimeCache) ForceUpdateIfOlder(ctx context.Context, minExpectedCacheTime time.Time) error {
	return r.sharedRuntimeCache.ForceUpdateIfOlder(ctx, minExpectedCacheTime)
}
