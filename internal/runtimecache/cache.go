package runtimecache

import (
	"context"
	"sync"
	"sync/atomic"
	"time"

	"k8s.io/utils/clock"
)

// Getter is where a Cache gets its pods from; every line's Runtime is one.
type Getter[P any] interface {
	GetPods(ctx context.Context, all bool) ([]*P, error)
}

// Cache hands out the running pods of a Getter from a copy that it
// refreshes when it is older than the cache period. It is safe for
// concurrent use. Make one with New, or ready one embedded by value with
// Init; of the zero value only the lock and Cached may be used.
//
// The pods and the time they were fetched live together in an immutable
// snapshot that is swapped atomically, so a reader of a fresh cache takes
// no lock at all: it is never held up by a refresh, however slow the
// runtime.
//
// The embedded Mutex is the refresh lock. Every refresh holds it for its
// whole run, including the call to the getter, so refreshes never overlap;
// a caller that finds the cache stale takes it, checks again (another
// refresh may just have finished) and refreshes if it still has to. Holding
// it stops refreshes, not reads of a fresh cache.
type Cache[P any] struct {
	sync.Mutex
	getter      Getter[P]
	cachePeriod time.Duration
	// current is the last successful refresh; nil before the first.
	current atomic.Pointer[snapshot[P]]
	// clock tells the age of the cached pods and stamps each refresh.
	clock clock.PassiveClock
}

// snapshot is the result of one successful refresh.
type snapshot[P any] struct {
	pods      []*P
	cacheTime time.Time
}

// New returns an empty Cache that asks getter for the running pods
// (GetPods with all set to false) when its copy is more than cachePeriod
// old, by the real clock.
func New[P any](getter Getter[P], cachePeriod time.Duration) *Cache[P] {
	return NewWithClock(getter, cachePeriod, clock.RealClock{})
}

// NewWithClock is New reading the time from clk; tests pass a fake clock
// of k8s.io/utils/clock/testing.
func NewWithClock[P any](getter Getter[P], cachePeriod time.Duration, clk clock.PassiveClock) *Cache[P] {
	return &Cache[P]{getter: getter, cachePeriod: cachePeriod, clock: clk}
}

// Init readies r, a Cache a line embeds by value so that the zero value of
// its own type can be locked and read as upstream's can, as New would: it
// asks getter for the pods when its copy is more than cachePeriod old, by
// the real clock. r must not be in use yet.
func Init[P any](r *Cache[P], getter Getter[P], cachePeriod time.Duration) {
	r.getter, r.cachePeriod, r.clock = getter, cachePeriod, clock.RealClock{}
}

// GetPods returns the cached pods, first refreshing them when they are more
// than the cache period old. On a refresh error it returns the error and no
// pods, and keeps the old ones cached. The slice is the cached one itself,
// not a copy.
func (r *Cache[P]) GetPods(ctx context.Context) ([]*P, error) {
	if s := r.load(); !r.expired(s) {
		return s.pods, nil
	}
	r.Lock()
	defer r.Unlock()
	if s := r.load(); !r.expired(s) {
		return s.pods, nil
	}
	if err := Refresh(ctx, r); err != nil {
		return nil, err
	}
	return r.load().pods, nil
}

// ForceUpdateIfOlder refreshes the cached pods if they were fetched before
// minExpectedCacheTime, and returns the refresh error.
func (r *Cache[P]) ForceUpdateIfOlder(ctx context.Context, minExpectedCacheTime time.Time) error {
	if !r.load().cacheTime.Before(minExpectedCacheTime) {
		return nil
	}
	r.Lock()
	defer r.Unlock()
	if !r.load().cacheTime.Before(minExpectedCacheTime) {
		return nil
	}
	return Refresh(ctx, r)
}

// Cached returns the cached pods, nil before the first refresh. It never
// refreshes and never waits for a refresh in progress. It is a function
// rather than a method so that a line embedding Cache does not export it.
func Cached[P any](r *Cache[P]) []*P {
	return r.load().pods
}

// Refresh fetches the running pods and, on success, stores them with the
// time read just before the call. The caller holds r's lock.
func Refresh[P any](ctx context.Context, r *Cache[P]) error {
	now := r.clock.Now()
	pods, err := r.getter.GetPods(ctx, false)
	if err != nil {
		return err
	}
	r.current.Store(&snapshot[P]{pods: pods, cacheTime: now})
	return nil
}

// load returns the current snapshot: no pods and the zero time before the
// first refresh.
func (r *Cache[P]) load() snapshot[P] {
	if s := r.current.Load(); s != nil {
		return *s
	}
	return snapshot[P]{}
}

// expired reports whether more than the cache period has passed since s
// was fetched.
func (r *Cache[P]) expired(s snapshot[P]) bool {
	return r.clock.Since(s.cacheTime) > r.cachePeriod
}
