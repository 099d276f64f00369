package container

import (
	"context"
	"sync"
	"sync/atomic"
	"time"
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
// concurrent use.
func NewRuntimeCache(getter podsGetter, cachePeriod time.Duration) (RuntimeCache, error) {
	return &runtimeCache{getter: getter, cachePeriod: cachePeriod}, nil
}

// runtimeCache implements RuntimeCache.
//
// The pods and the time they were fetched live together in an immutable
// snapshot that is swapped atomically, so a reader of a fresh cache takes
// no lock at all: it is never held up by a refresh, however slow the
// runtime.
//
// The embedded Mutex is the refresh lock. Every refresh holds it for its
// whole run, including the call to the getter, so refreshes never overlap;
// a caller that finds the cache stale takes it, checks again (another
// refresh may just have finished) and refreshes if it still has to.
// Through TestRuntimeCache its Lock, Unlock and TryLock are exported:
// holding it stops refreshes, not reads of a fresh cache.
type runtimeCache struct {
	sync.Mutex
	getter      podsGetter
	cachePeriod time.Duration
	// current is the last successful refresh; nil before the first.
	current atomic.Pointer[podsSnapshot]
	// now reads the clock; nil means time.Now. Only tests set it.
	now func() time.Time
}

// podsSnapshot is the result of one successful refresh.
type podsSnapshot struct {
	pods      []*Pod
	cacheTime time.Time
}

// GetPods returns the cached pods, first refreshing them when they are
// more than the cache period old. On a refresh error it returns the error
// and no pods, and keeps the old ones cached. The slice is the cached one
// itself, not a copy.
func (r *runtimeCache) GetPods(ctx context.Context) ([]*Pod, error) {
	if s := r.load(); !r.expired(s) {
		return s.pods, nil
	}
	r.Lock()
	defer r.Unlock()
	if s := r.load(); !r.expired(s) {
		return s.pods, nil
	}
	if err := r.updateCache(ctx); err != nil {
		return nil, err
	}
	return r.load().pods, nil
}

// ForceUpdateIfOlder refreshes the cached pods if they were fetched before
// minExpectedCacheTime, and returns the refresh error.
func (r *runtimeCache) ForceUpdateIfOlder(ctx context.Context, minExpectedCacheTime time.Time) error {
	if !r.load().cacheTime.Before(minExpectedCacheTime) {
		return nil
	}
	r.Lock()
	defer r.Unlock()
	if !r.load().cacheTime.Before(minExpectedCacheTime) {
		return nil
	}
	return r.updateCache(ctx)
}

// load returns the current snapshot: no pods and the zero time before the
// first refresh.
func (r *runtimeCache) load() podsSnapshot {
	if s := r.current.Load(); s != nil {
		return *s
	}
	return podsSnapshot{}
}

// expired reports whether more than the cache period has passed since s
// was fetched.
func (r *runtimeCache) expired(s podsSnapshot) bool {
	if r.now == nil {
		return time.Since(s.cacheTime) > r.cachePeriod
	}
	return r.now().Sub(s.cacheTime) > r.cachePeriod
}

// updateCache fetches the running pods and, on success, stores them with
// the time read just before the call. The caller holds the refresh lock.
func (r *runtimeCache) updateCache(ctx context.Context) error {
	now := r.clock()
	pods, err := r.getter.GetPods(ctx, false)
	if err != nil {
		return err
	}
	r.current.Store(&podsSnapshot{pods: pods, cacheTime: now})
	return nil
}

func (r *runtimeCache) clock() time.Time {
	if r.now == nil {
		return time.Now()
	}
	return r.now()
}

// TestRuntimeCache is a RuntimeCache with a zero cache period, so that
// GetPods refreshes on practically every call, and two extra methods for
// tests. Its Lock, Unlock and TryLock hold the refresh lock: while a
// caller holds it no refresh runs, but GetCachedPods still returns.
type TestRuntimeCache struct {
	runtimeCache
}

// NewTestRuntimeCache returns an empty TestRuntimeCache reading from
// getter.
func NewTestRuntimeCache(getter podsGetter) *TestRuntimeCache {
	return &TestRuntimeCache{runtimeCache: runtimeCache{getter: getter}}
}

// UpdateCacheWithLock refreshes the cached pods under the refresh lock,
// with a background context, and returns the refresh error.
func (r *TestRuntimeCache) UpdateCacheWithLock() error {
	r.Lock()
	defer r.Unlock()
	return r.updateCache(context.Background())
}

// GetCachedPods returns the cached pods, nil before the first refresh. It
// never refreshes and never waits for a refresh in progress.
func (r *TestRuntimeCache) GetCachedPods() []*Pod {
	return r.load().pods
}
