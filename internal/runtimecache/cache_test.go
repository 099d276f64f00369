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
	testingclock "k8s.io/utils/clock/testing"

	"github.com/kubecontainer/kubecontainer/internal/runtimecache/scripted"
	"github.com/kubecontainer/kubecontainer/internal/waitfor"
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
// cache period, on the real clock.
func newTestRuntimeCache(getter Getter[testPod]) *testCache { return New[testPod](getter, 0) }

// updateWithLock is what a line's TestRuntimeCache.UpdateCacheWithLock does.
func updateWithLock(r *testCache) error {
	r.Lock()
	defer r.Unlock()
	return Refresh(context.Background(), r)
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

// The calls below run the cache's methods on a goroutine of their own and
// fail the test when they do not return within waitfor.Timeout, so that a
// refresh that hangs (a runtime that never answers, a refresh lock never
// released) fails the test in seconds and says which call it was. The
// tests without goleak run in parallel, so that such a failure costs the
// package a few timeouts, not one per test case.

// podsResult is what a GetPods call returned.
type podsResult struct {
	pods []*testPod
	err  error
}

// getPods calls c.GetPods(ctx); what names the call in a timeout.
func getPods(ctx context.Context, t *testing.T, c *testCache, what string) ([]*testPod, error) {
	t.Helper()
	r := waitfor.Call(t, what, func() podsResult {
		pods, err := c.GetPods(ctx)
		return podsResult{pods: pods, err: err}
	})
	return r.pods, r.err
}

// forceUpdate calls c.ForceUpdateIfOlder(context.Background(), minTime).
func forceUpdate(t *testing.T, c *testCache, minTime time.Time, what string) error {
	t.Helper()
	return waitfor.Call(t, what, func() error { return c.ForceUpdateIfOlder(context.Background(), minTime) })
}

// cached calls Cached(c).
func cached(t *testing.T, c *testCache, what string) []*testPod {
	t.Helper()
	return waitfor.Call(t, what, func() []*testPod { return Cached(c) })
}

// blockingHook returns a Hook that reports each call on entered, which has
// room for every call the test makes, and then blocks until release is
// closed: a runtime stuck in GetPods.
func blockingHook(entered chan<- struct{}, release <-chan struct{}) func() {
	return func() {
		entered <- struct{}{}
		<-release
	}
}

func TestRuntimeCacheGetPods(t *testing.T) {
	t.Parallel()
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
		results []scripted.Result[testPod]
		steps   []step
	}{
		{
			name: "first call refreshes, then cached within the period", period: time.Second,
			results: []scripted.Result[testPod]{{Pods: first}, {Pods: second}},
			steps: []step{
				{wantPods: first, wantCalls: 1},
				{advance: 500 * time.Millisecond, wantPods: first, wantCalls: 1},
				{advance: 500 * time.Millisecond, wantPods: first, wantCalls: 1}, // exactly the period: not stale
				{advance: time.Nanosecond, wantPods: second, wantCalls: 2},
			},
		},
		{
			name: "refresh error returns no pods and keeps the old ones", period: time.Second,
			results: []scripted.Result[testPod]{{Pods: first}, {Err: errRuntime}, {Pods: second}},
			steps: []step{
				{wantPods: first, wantCalls: 1},
				{advance: 2 * time.Second, wantErr: errRuntime, wantCalls: 2},
				{wantPods: second, wantCalls: 3}, // the cache time did not move, so still stale
			},
		},
		{
			name: "nil pods are cached as nil", period: time.Second,
			results: []scripted.Result[testPod]{{Pods: nil}, {Pods: second}},
			steps: []step{
				{wantPods: nil, wantCalls: 1},
				{advance: time.Second, wantPods: nil, wantCalls: 1},
			},
		},
		{
			name: "zero period refreshes whenever the clock moves", period: 0,
			results: []scripted.Result[testPod]{{Pods: first}, {Pods: second}},
			steps: []step{
				{wantPods: first, wantCalls: 1},
				{wantPods: first, wantCalls: 1},
				{advance: time.Nanosecond, wantPods: second, wantCalls: 2},
			},
		},
		{
			name: "negative period always refreshes", period: -time.Nanosecond,
			results: []scripted.Result[testPod]{{Pods: first}, {Pods: second}},
			steps: []step{
				{wantPods: first, wantCalls: 1},
				{wantPods: second, wantCalls: 2},
			},
		},
		{
			name: "longest period never refreshes, not even first (quirk)", period: math.MaxInt64,
			results: []scripted.Result[testPod]{{Pods: first}},
			steps: []step{
				{wantPods: nil, wantCalls: 0},
			},
		},
	}
	for _, tc := range tests {
		tc := tc // the module's go line is 1.20: one tc per iteration
		t.Run(tc.name, func(t *testing.T) {
			t.Parallel()
			clock := testingclock.NewFakePassiveClock(atSec(0))
			getter := &scripted.Getter[testPod]{Results: tc.results}
			c := NewWithClock[testPod](getter, tc.period, clock)
			ctx := context.WithValue(context.Background(), contextMarker{}, "marker")
			for i, s := range tc.steps {
				clock.SetTime(clock.Now().Add(s.advance))
				pods, err := getPods(ctx, t, c, "GetPods")
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
	t.Parallel()
	clock := testingclock.NewFakePassiveClock(atSec(0))
	getter := &scripted.Getter[testPod]{Results: []scripted.Result[testPod]{{Pods: podsNamed("a")}}}
	getter.Hook = func() { clock.SetTime(clock.Now().Add(10 * time.Second)) }
	c := NewWithClock[testPod](getter, 5*time.Second, clock)

	_, err := getPods(context.Background(), t, c, "the first GetPods")
	require.NoError(t, err)
	assert.Equal(t, atSec(0), c.load().cacheTime)
	_, err = getPods(context.Background(), t, c, "the second GetPods")
	require.NoError(t, err)
	assert.Equal(t, 2, getter.Calls(), "10s passed since the time read before the first call")
}

func TestRuntimeCacheForceUpdateIfOlder(t *testing.T) {
	t.Parallel()
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
		tc := tc // the module's go line is 1.20: one tc per iteration
		t.Run(tc.name, func(t *testing.T) {
			t.Parallel()
			clock := testingclock.NewFakePassiveClock(atSec(10))
			getter := &scripted.Getter[testPod]{Results: []scripted.Result[testPod]{{Pods: podsNamed("a"), Err: tc.err}}}
			if tc.primed {
				getter.Results = []scripted.Result[testPod]{{Pods: podsNamed("a")}, {Err: tc.err}}
			}
			c := NewWithClock[testPod](getter, time.Hour, clock)
			if tc.primed {
				require.NoError(t, forceUpdate(t, c, atSec(10), "the priming ForceUpdateIfOlder"))
			}
			assert.Equal(t, tc.wantErr, forceUpdate(t, c, tc.minTime, "ForceUpdateIfOlder"))
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
	cache := NewWithClock[testPod](getter, time.Hour, testingclock.NewFakePassiveClock(atSec(0)))
	trc := newTestRuntimeCache(getter)
	ctx := context.Background()
	_, err := getPods(ctx, t, cache, "the GetPods that warms the cache")
	require.NoError(t, err)
	getter.Results = []scripted.Result[testPod]{{Pods: old}, {Pods: fresh}}
	require.NoError(t, waitfor.Call(t, "the UpdateCacheWithLock that warms the test cache",
		func() error { return updateWithLock(trc) }))

	entered, release := make(chan struct{}, 2), make(chan struct{})
	getter.Hook = blockingHook(entered, release)
	released := false
	defer func() {
		if !released {
			close(release) // let the stuck refreshes end before goleak looks
		}
	}()

	refreshes := make(chan error, 2)
	go func() { refreshes <- cache.ForceUpdateIfOlder(ctx, atSec(1)) }()
	waitfor.Receive(t, entered, "ForceUpdateIfOlder to call the runtime")
	go func() { refreshes <- updateWithLock(trc) }()
	waitfor.Receive(t, entered, "UpdateCacheWithLock to call the runtime")
	assert.False(t, trc.TryLock(), "the refresh holds the lock during the runtime call")

	pods, err := getPods(ctx, t, cache, "a warm GetPods while a refresh is stuck in the runtime")
	assert.NoError(t, err)
	assertSameSlice(t, old, pods)
	assertSameSlice(t, old, cached(t, trc, "GetCachedPods while a refresh is stuck in the runtime"))

	close(release)
	released = true
	require.NoError(t, waitfor.Receive(t, refreshes, "the first stuck refresh to return once the runtime answers"))
	require.NoError(t, waitfor.Receive(t, refreshes, "the second stuck refresh to return once the runtime answers"))
	pods, err = getPods(ctx, t, cache, "GetPods after the refresh")
	assert.NoError(t, err)
	assertSameSlice(t, fresh, pods)
	assertSameSlice(t, fresh, cached(t, trc, "GetCachedPods after the refresh"))
}

// TestRuntimeCacheStaleReadersShareOneRefresh checks that callers finding
// the cache stale while a refresh runs wait for it instead of starting
// their own.
func TestRuntimeCacheStaleReadersShareOneRefresh(t *testing.T) {
	defer goleak.VerifyNone(t, goleak.IgnoreCurrent())
	const readers = 10
	fresh := podsNamed("fresh")
	getter := &scripted.Getter[testPod]{Results: []scripted.Result[testPod]{{Pods: fresh}}}
	entered, release := make(chan struct{}, readers), make(chan struct{})
	getter.Hook = blockingHook(entered, release)
	released := false
	defer func() {
		if !released {
			close(release)
		}
	}()
	c := NewWithClock[testPod](getter, time.Minute, testingclock.NewFakePassiveClock(atSec(0)))

	results := make(chan podsResult, readers)
	started := make(chan struct{}, readers)
	get := func() {
		started <- struct{}{}
		pods, err := c.GetPods(context.Background())
		results <- podsResult{pods: pods, err: err}
	}
	go get()
	waitfor.Receive(t, started, "the first reader to start")
	waitfor.Receive(t, entered, "the first reader's refresh to call the runtime")
	for i := 1; i < readers; i++ {
		go get()
		waitfor.Receive(t, started, "another reader to start")
	}
	// Give the other readers a moment to find the cache stale and wait for
	// the refresh lock. One that comes later finds the refreshed pods, which
	// passes too: the pause only makes the test sharper, never flaky.
	time.Sleep(10 * time.Millisecond)
	assert.Empty(t, results, "no reader returns while the refresh is stuck")
	close(release)
	released = true
	for i := 0; i < readers; i++ {
		r := waitfor.Receive(t, results, "every reader to return once the refresh ends")
		assert.NoError(t, r.err)
		assertSameSlice(t, fresh, r.pods)
	}
	assert.Equal(t, 1, getter.Calls(), "one refresh served every reader")
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
	// The fake clock stands still: every ForceUpdateIfOlder(atSec(1))
	// refreshes, and GetPods refreshes only the first time.
	c := NewWithClock[testPod](cacheGetter, time.Hour, testingclock.NewFakePassiveClock(atSec(0)))
	// The real clock moves: with its zero period, every GetPods of the
	// test cache refreshes.
	trc := newTestRuntimeCache(testCacheGetter)
	var wg sync.WaitGroup
	for i := 0; i < 20; i++ {
		wg.Add(4)
		go func() {
			defer wg.Done()
			assert.NoError(t, c.ForceUpdateIfOlder(context.Background(), atSec(1)))
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
	waitfor.Group(t, &wg, "the 80 concurrent refreshes and reads to return")
	assert.Equal(t, 1, cacheMax, "most refreshes of the cache in the runtime at once")
	assert.Equal(t, 1, testCacheMax, "most refreshes of the test cache in the runtime at once")
	assert.GreaterOrEqual(t, cacheGetter.Calls(), 20, "every ForceUpdateIfOlder refreshed")
	assert.Equal(t, 40, testCacheGetter.Calls(), "every call of the test cache refreshed")
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
