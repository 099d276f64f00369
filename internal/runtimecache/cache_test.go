package runtimecache

import (
	"context"
	"errors"
	"math"
	"sync"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"go.uber.org/goleak"

	"github.com/kubecontainer/kubecontainer/internal/runtimecache/scripted"
)

// testPod stands for a line's Pod.
type testPod struct{ Name string }

// testCache is the cache the tests use.
type testCache = Cache[testPod]

// atSec returns an arbitrary origin plus s seconds.
func atSec(s int) time.Time {
	return time.Date(2023, 4, 11, 0, 0, 0, 0, time.UTC).Add(time.Duration(s) * time.Second)
}

// newTestRuntimeCache is what a line's NewTestRuntimeCache makes: a zero
// cache period.
func newTestRuntimeCache(getter Getter[testPod]) *testCache { return New[testPod](getter, 0) }

// updateWithLock is what a line's TestRuntimeCache.UpdateCacheWithLock does.
func updateWithLock(r *testCache) error {
	r.Lock()
	defer r.Unlock()
	return Refresh(context.Background(), r)
}

// stepClock is a settable clock for NewWithClock.
type stepClock struct {
	mu  sync.Mutex
	now time.Time
}

func (c *stepClock) Now() time.Time {
	c.mu.Lock()
	defer c.mu.Unlock()
	return c.now
}

func (c *stepClock) Step(d time.Duration) {
	c.mu.Lock()
	defer c.mu.Unlock()
	c.now = c.now.Add(d)
}

// contextMarker is the key of a value that tells a test's context apart.
type contextMarker struct{}

func podsNamed(names ...string) []*testPod {
	pods := make([]*testPod, 0, len(names))
	for _, name := range names {
		pods = append(pods, &testPod{Name: name})
	}
	return pods
}

func TestRuntimeCacheGetPods(t *testing.T) {
	first, second := podsNamed("a"), podsNamed("b", "c")
	errRuntime := errors.New("runtime down")
	type step struct {
		advance   time.Duration
		wantPods  []*testPod
		wantErr   error
		wantCalls int
	}
	tests := []struct {
		name    string
		period  time.Duration
		Results []scripted.Result[testPod]
		steps   []step
	}{
		{
			name: "first call refreshes, then cached within the period", period: time.Second,
			Results: []scripted.Result[testPod]{{Pods: first}, {Pods: second}},
			steps: []step{
				{wantPods: first, wantCalls: 1},
				{advance: 500 * time.Millisecond, wantPods: first, wantCalls: 1},
				{advance: 500 * time.Millisecond, wantPods: first, wantCalls: 1}, // exactly the period: not stale
				{advance: time.Nanosecond, wantPods: second, wantCalls: 2},
			},
		},
		{
			name: "refresh error returns no pods and keeps the old ones", period: time.Second,
			Results: []scripted.Result[testPod]{{Pods: first}, {Err: errRuntime}, {Pods: second}},
			steps: []step{
				{wantPods: first, wantCalls: 1},
				{advance: 2 * time.Second, wantErr: errRuntime, wantCalls: 2},
				{wantPods: second, wantCalls: 3}, // the cache time did not move, so still stale
			},
		},
		{
			name: "nil pods are cached as nil", period: time.Second,
			Results: []scripted.Result[testPod]{{Pods: nil}, {Pods: second}},
			steps: []step{
				{wantPods: nil, wantCalls: 1},
				{advance: time.Second, wantPods: nil, wantCalls: 1},
			},
		},
		{
			name: "zero period refreshes whenever the clock moves", period: 0,
			Results: []scripted.Result[testPod]{{Pods: first}, {Pods: second}},
			steps: []step{
				{wantPods: first, wantCalls: 1},
				{wantPods: first, wantCalls: 1},
				{advance: time.Nanosecond, wantPods: second, wantCalls: 2},
			},
		},
		{
			name: "negative period always refreshes", period: -time.Nanosecond,
			Results: []scripted.Result[testPod]{{Pods: first}, {Pods: second}},
			steps: []step{
				{wantPods: first, wantCalls: 1},
				{wantPods: second, wantCalls: 2},
			},
		},
		{
			name: "longest period never refreshes, not even first (quirk)", period: math.MaxInt64,
			Results: []scripted.Result[testPod]{{Pods: first}},
			steps: []step{
				{wantPods: nil, wantCalls: 0},
			},
		},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			clock := &stepClock{now: atSec(0)}
			getter := &scripted.Getter[testPod]{Results: tc.Results}
			c := NewWithClock[testPod](getter, tc.period, clock.Now)
			ctx := context.WithValue(context.Background(), contextMarker{}, "marker")
			for i, s := range tc.steps {
				clock.Step(s.advance)
				pods, err := c.GetPods(ctx)
				assert.Equal(t, s.wantErr, err, "step %d", i)
				assertSameSlice(t, s.wantPods, pods)
				assert.Equal(t, s.wantCalls, getter.Calls(), "step %d", i)
			}
			for i := range getter.AllArgs() {
				assert.False(t, getter.AllArgs()[i], "GetPods is called with all=false")
				assert.Equal(t, ctx, getter.Contexts()[i], "the caller's context is passed on")
			}
		})
	}
}

// TestRuntimeCacheReadsTheClockBeforeTheRuntime shows that the cache time
// is taken before the runtime call: a slow call leaves the pods already
// older than the time it took.
func TestRuntimeCacheReadsTheClockBeforeTheRuntime(t *testing.T) {
	clock := &stepClock{now: atSec(0)}
	getter := &scripted.Getter[testPod]{Results: []scripted.Result[testPod]{{Pods: podsNamed("a")}}}
	getter.Hook = func() { clock.Step(10 * time.Second) }
	c := NewWithClock[testPod](getter, 5*time.Second, clock.Now)

	_, err := c.GetPods(context.Background())
	require.NoError(t, err)
	assert.Equal(t, atSec(0), c.load().cacheTime)
	_, err = c.GetPods(context.Background())
	require.NoError(t, err)
	assert.Equal(t, 2, getter.Calls(), "10s passed since the time read before the first call")
}

func TestRuntimeCacheForceUpdateIfOlder(t *testing.T) {
	errRuntime := errors.New("runtime down")
	tests := []struct {
		name        string
		primed      bool // the cache was refreshed at atSec(10)
		minTime     time.Time
		err         error
		wantCalls   int
		wantErr     error
		wantCacheAt time.Time
	}{
		{name: "empty cache, zero time", minTime: time.Time{}},
		{name: "empty cache, any other time", minTime: atSec(-1000), wantCalls: 1, wantCacheAt: atSec(10)},
		{name: "cached at the time", primed: true, minTime: atSec(10), wantCalls: 1, wantCacheAt: atSec(10)},
		{name: "cached after the time", primed: true, minTime: atSec(9), wantCalls: 1, wantCacheAt: atSec(10)},
		{name: "cached before the time", primed: true, minTime: atSec(10).Add(time.Nanosecond), wantCalls: 2, wantCacheAt: atSec(10)},
		{name: "error is returned, cache unchanged", primed: true, minTime: atSec(11), err: errRuntime,
			wantCalls: 2, wantErr: errRuntime, wantCacheAt: atSec(10)},
		{name: "error on an empty cache", minTime: atSec(11), err: errRuntime, wantCalls: 1, wantErr: errRuntime},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			clock := &stepClock{now: atSec(10)}
			getter := &scripted.Getter[testPod]{Results: []scripted.Result[testPod]{{Pods: podsNamed("a"), Err: tc.err}}}
			if tc.primed {
				getter.Results = []scripted.Result[testPod]{{Pods: podsNamed("a")}, {Err: tc.err}}
			}
			c := NewWithClock[testPod](getter, time.Hour, clock.Now)
			if tc.primed {
				require.NoError(t, c.ForceUpdateIfOlder(context.Background(), atSec(10)))
			}
			assert.Equal(t, tc.wantErr, c.ForceUpdateIfOlder(context.Background(), tc.minTime))
			assert.Equal(t, tc.wantCalls, getter.Calls())
			assert.Equal(t, tc.wantCacheAt, c.load().cacheTime)
		})
	}
}

// TestRuntimeCacheWarmReadsDoNotWaitForARefresh blocks the runtime inside a
// refresh and reads the warm cache meanwhile.
func TestRuntimeCacheWarmReadsDoNotWaitForARefresh(t *testing.T) {
	defer goleak.VerifyNone(t, goleak.IgnoreCurrent())
	old, fresh := podsNamed("old"), podsNamed("fresh")
	getter := &scripted.Getter[testPod]{Results: []scripted.Result[testPod]{{Pods: old}, {Pods: fresh}}}
	cache := New[testPod](getter, time.Hour)
	trc := newTestRuntimeCache(getter)
	ctx := context.Background()
	_, err := cache.GetPods(ctx)
	require.NoError(t, err)
	getter.Results = []scripted.Result[testPod]{{Pods: old}, {Pods: fresh}}
	require.NoError(t, updateWithLock(trc))

	entered, release := make(chan struct{}), make(chan struct{})
	getter.Hook = func() {
		entered <- struct{}{}
		<-release
	}

	refreshes := make(chan error, 2)
	go func() { refreshes <- cache.ForceUpdateIfOlder(ctx, time.Now().Add(time.Hour)) }()
	<-entered
	go func() { refreshes <- updateWithLock(trc) }()
	<-entered
	assert.False(t, trc.TryLock(), "the refresh holds the lock during the runtime call")

	pods, err := cache.GetPods(ctx)
	assert.NoError(t, err)
	assertSameSlice(t, old, pods)
	assertSameSlice(t, old, Cached(trc))

	close(release)
	require.NoError(t, <-refreshes)
	require.NoError(t, <-refreshes)
	pods, err = cache.GetPods(ctx)
	assert.NoError(t, err)
	assertSameSlice(t, fresh, pods)
	assertSameSlice(t, fresh, Cached(trc))
}

// TestRuntimeCacheStaleReadersShareOneRefresh checks that callers finding
// the cache stale while a refresh runs wait for it instead of starting
// their own.
func TestRuntimeCacheStaleReadersShareOneRefresh(t *testing.T) {
	defer goleak.VerifyNone(t, goleak.IgnoreCurrent())
	clock := &stepClock{now: atSec(0)}
	fresh := podsNamed("fresh")
	getter := &scripted.Getter[testPod]{Results: []scripted.Result[testPod]{{Pods: fresh}}}
	entered, release := make(chan struct{}), make(chan struct{})
	getter.Hook = func() {
		close(entered)
		<-release
	}
	c := NewWithClock[testPod](getter, time.Minute, clock.Now)

	results := make(chan []*testPod, 10)
	var wg sync.WaitGroup
	get := func() {
		defer wg.Done()
		pods, err := c.GetPods(context.Background())
		assert.NoError(t, err)
		results <- pods
	}
	wg.Add(1)
	go get()
	<-entered
	for i := 0; i < 9; i++ {
		wg.Add(1)
		go get()
	}
	close(release)
	wg.Wait()
	close(results)
	for pods := range results {
		assertSameSlice(t, fresh, pods)
	}
	assert.Equal(t, 1, getter.Calls())
}

// TestRuntimeCacheRefreshesDoNotOverlap forces many concurrent refreshes
// and checks that the runtime never sees two at once.
func TestRuntimeCacheRefreshesDoNotOverlap(t *testing.T) {
	defer goleak.VerifyNone(t, goleak.IgnoreCurrent())
	// overlapCounter returns a getter that records the most calls it had
	// in flight at once.
	overlapCounter := func(maxInFlight *int) *scripted.Getter[testPod] {
		var mu sync.Mutex
		inFlight := 0
		getter := &scripted.Getter[testPod]{Results: []scripted.Result[testPod]{{Pods: podsNamed("a")}}}
		getter.Hook = func() {
			mu.Lock()
			inFlight++
			if inFlight > *maxInFlight {
				*maxInFlight = inFlight
			}
			mu.Unlock()
			time.Sleep(time.Millisecond) // widen the window for an overlap
			mu.Lock()
			inFlight--
			mu.Unlock()
		}
		return getter
	}
	var cacheMax, testCacheMax int
	cacheGetter, testCacheGetter := overlapCounter(&cacheMax), overlapCounter(&testCacheMax)
	c := New[testPod](cacheGetter, time.Hour)
	trc := newTestRuntimeCache(testCacheGetter)
	var wg sync.WaitGroup
	for i := 0; i < 20; i++ {
		wg.Add(4)
		go func() {
			defer wg.Done()
			assert.NoError(t, c.ForceUpdateIfOlder(context.Background(), time.Now().Add(time.Hour)))
		}()
		go func() {
			defer wg.Done()
			_, err := c.GetPods(context.Background())
			assert.NoError(t, err)
		}()
		go func() {
			defer wg.Done()
			assert.NoError(t, updateWithLock(trc))
		}()
		go func() {
			defer wg.Done()
			_, err := trc.GetPods(context.Background())
			assert.NoError(t, err)
		}()
	}
	wg.Wait()
	assert.Equal(t, 1, cacheMax)
	assert.Equal(t, 1, testCacheMax)
	assert.GreaterOrEqual(t, cacheGetter.Calls(), 20)
	assert.Equal(t, 40, testCacheGetter.Calls())
}

// assertSameSlice checks that got is want itself (same array), or both nil.
func assertSameSlice(t *testing.T, want, got []*testPod) {
	t.Helper()
	if want == nil {
		assert.Nil(t, got)
		return
	}
	if assert.Len(t, got, len(want)) && len(want) > 0 {
		assert.Same(t, &want[0], &got[0])
	}
}
