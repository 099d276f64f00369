package statuscache

import (
	"errors"
	"fmt"
	"math/rand"
	"sync"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"go.uber.org/goleak"
	"k8s.io/apimachinery/pkg/types"

	"github.com/kubecontainer/kubecontainer/internal/waitfor"
)

// cacheBase is an arbitrary origin for the times the cache tests use.
var cacheBase = time.Date(2023, 4, 11, 0, 0, 0, 0, time.UTC)

// atSec returns cacheBase plus s seconds.
func atSec(s int) time.Time { return cacheBase.Add(time.Duration(s) * time.Second) }

// gateModes are the two behaviors every rule is tested under.
var gateModes = []struct {
	name string
	opts Options
}{
	{name: "gate off", opts: Options{}},
	{name: "gate on", opts: Options{EventedPLEG: true}},
}

// testStatus stands for a line's PodStatus.
type testStatus struct {
	ID   types.UID
	Name string
}

func newDefaultStatus(id types.UID) *testStatus { return &testStatus{ID: id} }

// testCache is the cache the tests use.
type testCache = Cache[testStatus]

func newTestCache(opts Options) *testCache {
	return New(opts, newDefaultStatus)
}

func isServed(w *waiter[testStatus]) bool {
	select {
	case <-w.done:
		return true
	default:
		return false
	}
}

func TestCacheDefaultData(t *testing.T) {
	for _, mode := range gateModes {
		t.Run(mode.name, func(t *testing.T) {
			c := newTestCache(mode.opts)
			first, err := c.Get("unknown")
			assert.NoError(t, err)
			assert.Equal(t, &testStatus{ID: "unknown"}, first)
			second, _ := c.Get("unknown")
			assert.NotSame(t, first, second, "default data is allocated afresh")

			stored := &testStatus{ID: "p", Name: "stored"}
			c.Set("p", stored, nil, atSec(1))
			c.Delete("p")
			afterDelete, err := c.Get("p")
			assert.NoError(t, err)
			assert.Equal(t, &testStatus{ID: "p"}, afterDelete)
		})
	}
}

func TestCacheGetReturnsStoredData(t *testing.T) {
	errStatus := errors.New("status failed")
	tests := []struct {
		name   string
		status *testStatus
		err    error
	}{
		{name: "status and no error", status: &testStatus{ID: "p", Name: "n"}},
		{name: "status and error", status: &testStatus{ID: "p"}, err: errStatus},
		{name: "nil status and error", err: errStatus},
		{name: "nil status and no error"},
		{name: "status with another ID", status: &testStatus{ID: "other"}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			c := newTestCache(Options{})
			c.Set("p", tc.status, tc.err, atSec(1))
			status, err := c.Get("p")
			assert.Same(t, tc.status, status)
			assert.Equal(t, tc.err, err)
		})
	}
}

func TestCacheSet(t *testing.T) {
	older, newer := &testStatus{Name: "first"}, &testStatus{Name: "second"}
	tests := []struct {
		name        string
		eventedPLEG bool
		firstAt     int // 0: no first Set
		secondAt    int
		wantUpdated bool
		wantStored  *testStatus
		wantModAt   int
	}{
		{name: "gate off, first Set", secondAt: 3, wantUpdated: true, wantStored: newer, wantModAt: 3},
		{name: "gate off, newer", firstAt: 5, secondAt: 7, wantUpdated: true, wantStored: newer, wantModAt: 7},
		{name: "gate off, equal", firstAt: 5, secondAt: 5, wantUpdated: true, wantStored: newer, wantModAt: 5},
		{name: "gate off, older overwrites", firstAt: 5, secondAt: 3, wantUpdated: true, wantStored: newer, wantModAt: 3},
		{name: "gate on, first Set", eventedPLEG: true, secondAt: 3, wantUpdated: true, wantStored: newer, wantModAt: 3},
		{name: "gate on, newer", eventedPLEG: true, firstAt: 5, secondAt: 7, wantUpdated: true, wantStored: newer, wantModAt: 7},
		{name: "gate on, equal overwrites", eventedPLEG: true, firstAt: 5, secondAt: 5, wantUpdated: true, wantStored: newer, wantModAt: 5},
		{name: "gate on, older is refused", eventedPLEG: true, firstAt: 5, secondAt: 3, wantUpdated: false, wantStored: older, wantModAt: 5},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			c := newTestCache(Options{EventedPLEG: tc.eventedPLEG})
			errFirst, errSecond := errors.New("first"), errors.New("second")
			if tc.firstAt != 0 {
				require.True(t, c.Set("p", older, errFirst, atSec(tc.firstAt)))
			}
			assert.Equal(t, tc.wantUpdated, c.Set("p", newer, errSecond, atSec(tc.secondAt)))
			status, err := c.Get("p")
			assert.Same(t, tc.wantStored, status)
			if tc.wantStored == older {
				assert.Equal(t, errFirst, err)
			} else {
				assert.Equal(t, errSecond, err)
			}
			assert.Equal(t, atSec(tc.wantModAt), c.pods["p"].modified)
		})
	}
}

func TestCacheGetNewerThanImmediateCheck(t *testing.T) {
	stored := &testStatus{ID: "p", Name: "stored"}
	tests := []struct {
		name        string
		eventedPLEG bool
		setAt       int // 0: the pod is unknown
		globalAt    int // 0: UpdateTime never called
		minAt       int
		wantReady   bool
		wantDefault bool
	}{
		{name: "unknown pod, no global time", minAt: 0},
		{name: "unknown pod, global after", globalAt: 5, minAt: 4, wantReady: true, wantDefault: true},
		{name: "unknown pod, global equal", globalAt: 5, minAt: 5},
		{name: "unknown pod, global before", globalAt: 5, minAt: 6},
		{name: "known pod, modified after", setAt: 5, minAt: 4, wantReady: true},
		{name: "known pod, modified equal", setAt: 5, minAt: 5},
		{name: "known pod, modified before", setAt: 5, minAt: 6},
		{name: "known pod, global after", setAt: 3, globalAt: 5, minAt: 4, wantReady: true},
		{name: "known pod, global equal", setAt: 3, globalAt: 5, minAt: 5},
		{name: "known pod, modified after, global before", setAt: 7, globalAt: 5, minAt: 6, wantReady: true},
		{name: "gate on, unknown pod, no global time", eventedPLEG: true, minAt: 9, wantReady: true, wantDefault: true},
		{name: "gate on, unknown pod, global before", eventedPLEG: true, globalAt: 5, minAt: 9, wantReady: true, wantDefault: true},
		{name: "gate on, known pod, modified equal", eventedPLEG: true, setAt: 5, minAt: 5},
		{name: "gate on, known pod, modified after", eventedPLEG: true, setAt: 5, minAt: 4, wantReady: true},
		{name: "gate on, known pod, global after", eventedPLEG: true, setAt: 3, globalAt: 5, minAt: 4, wantReady: true},
		{name: "gate on, known pod, global equal", eventedPLEG: true, setAt: 3, globalAt: 5, minAt: 5},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			c := newTestCache(Options{EventedPLEG: tc.eventedPLEG})
			if tc.globalAt != 0 {
				c.UpdateTime(atSec(tc.globalAt))
			}
			if tc.setAt != 0 {
				c.Set("p", stored, nil, atSec(tc.setAt))
			}
			d, w := c.newerOrSubscribe("p", atSec(tc.minAt))
			if !tc.wantReady {
				require.NotNil(t, w, "GetNewerThan must wait")
				assert.False(t, isServed(w))
				return
			}
			require.Nil(t, w, "GetNewerThan must not wait")
			if tc.wantDefault {
				assert.Equal(t, &testStatus{ID: "p"}, d.status)
			} else {
				assert.Same(t, stored, d.status)
			}
			// The public method gives the same answer without blocking.
			got := waitfor.Receive(t, startGetNewerThan(c, atSec(tc.minAt)),
				"GetNewerThan to return data that is already newer")
			assert.NoError(t, got.err)
			assert.Equal(t, d.status, got.status)
		})
	}
}

// TestCacheWakeUp covers which Set, UpdateTime and Delete calls serve a
// waiter that wants data newer than atSec(5), and with what data.
func TestCacheWakeUp(t *testing.T) {
	known := &testStatus{ID: "p", Name: "known"}
	fresh := &testStatus{ID: "p", Name: "fresh"}
	errFresh := errors.New("fresh")
	tests := []struct {
		name       string
		knownAt    int // 0: the pod is unknown when the waiter subscribes
		act        func(c *testCache)
		wantServed bool
		wantStatus *testStatus // nil: default data
		wantErr    error
	}{
		{name: "Set before the threshold", knownAt: 2, act: func(c *testCache) { c.Set("p", fresh, errFresh, atSec(4)) }},
		{name: "Set at the threshold (quirk)", knownAt: 2, act: func(c *testCache) { c.Set("p", fresh, errFresh, atSec(5)) },
			wantServed: true, wantStatus: fresh, wantErr: errFresh},
		{name: "Set at the threshold, unknown pod", act: func(c *testCache) { c.Set("p", fresh, nil, atSec(5)) },
			wantServed: true, wantStatus: fresh},
		{name: "Set after the threshold", knownAt: 2, act: func(c *testCache) { c.Set("p", fresh, nil, atSec(6)) },
			wantServed: true, wantStatus: fresh},
		{name: "Set older than the cached entry", knownAt: 4, act: func(c *testCache) { c.Set("p", fresh, nil, atSec(3)) }},
		{name: "Set of another pod", act: func(c *testCache) { c.Set("q", fresh, nil, atSec(9)) }},
		{name: "UpdateTime before the threshold", act: func(c *testCache) { c.UpdateTime(atSec(4)) }},
		{name: "UpdateTime at the threshold, unknown pod (quirk)", act: func(c *testCache) { c.UpdateTime(atSec(5)) },
			wantServed: true},
		{name: "UpdateTime after the threshold, known pod", knownAt: 2, act: func(c *testCache) { c.UpdateTime(atSec(6)) },
			wantServed: true, wantStatus: known},
		{name: "UpdateTime serves the data stored since subscribing",
			act: func(c *testCache) {
				c.Set("p", fresh, errFresh, atSec(3))
				c.UpdateTime(atSec(5))
			},
			wantServed: true, wantStatus: fresh, wantErr: errFresh},
		{name: "Delete does not serve", knownAt: 2, act: func(c *testCache) { c.Delete("p") }},
		{name: "UpdateTime after Delete serves default data", knownAt: 2,
			act: func(c *testCache) {
				c.Delete("p")
				c.UpdateTime(atSec(7))
			},
			wantServed: true},
	}
	for _, mode := range gateModes {
		for _, tc := range tests {
			if mode.opts.EventedPLEG && tc.knownAt == 0 {
				continue // With the gate on, an unknown pod never waits.
			}
			t.Run(mode.name+"/"+tc.name, func(t *testing.T) {
				c := newTestCache(mode.opts)
				if tc.knownAt != 0 {
					c.Set("p", known, nil, atSec(tc.knownAt))
				}
				_, w := c.newerOrSubscribe("p", atSec(5))
				require.NotNil(t, w)
				tc.act(c)
				require.Equal(t, tc.wantServed, isServed(w))
				if !tc.wantServed {
					assert.Equal(t, 1, c.Waiters())
					return
				}
				if tc.wantStatus == nil {
					assert.Equal(t, &testStatus{ID: "p"}, w.data.status)
				} else {
					assert.Same(t, tc.wantStatus, w.data.status)
				}
				assert.Equal(t, tc.wantErr, w.data.err)
				assert.Equal(t, 0, c.Waiters())
				checkCacheInvariants(t, c)
			})
		}
	}
}

// TestCacheStrictVersusNonStrict shows the quirk end to end: a
// GetNewerThan(T) that starts after Set(T) blocks, one that was already
// waiting is woken by it; the same for UpdateTime.
func TestCacheStrictVersusNonStrict(t *testing.T) {
	defer goleak.VerifyNone(t, goleak.IgnoreCurrent())
	c := newTestCache(Options{})
	status := &testStatus{ID: "p"}

	early := startGetNewerThan(c, atSec(5))
	waitForWaiters(t, c, 1)
	c.Set("p", status, nil, atSec(5))
	woken := waitfor.Receive(t, early, "GetNewerThan(atSec(5)) to return after a Set at atSec(5)")
	assert.Same(t, status, woken.status, "a waiter is woken by a Set at its threshold")

	_, w := c.newerOrSubscribe("p", atSec(5))
	assert.NotNil(t, w, "a new GetNewerThan at the Set's time waits")
	c.UpdateTime(atSec(5))
	assert.True(t, isServed(w), "a waiter is woken by an UpdateTime at its threshold")

	_, w = c.newerOrSubscribe("p", atSec(5))
	assert.NotNil(t, w, "a new GetNewerThan at the global time waits")
	c.UpdateTime(atSec(6))
	assert.True(t, isServed(w))
}

func TestCacheUpdateTimeMovesBackwards(t *testing.T) {
	c := newTestCache(Options{})
	c.UpdateTime(atSec(10))
	d, w := c.newerOrSubscribe("p", atSec(5))
	require.Nil(t, w)
	assert.Equal(t, &testStatus{ID: "p"}, d.status)

	c.UpdateTime(atSec(3))
	_, w = c.newerOrSubscribe("p", atSec(5))
	assert.NotNil(t, w, "the global time went back to atSec(3)")
	assert.Equal(t, atSec(3), c.timestamp)
}

// TestCacheServesOnlyReadyWaitersInOrder checks that each Set and
// UpdateTime serves exactly the waiters it reaches and keeps the others in
// subscription order.
func TestCacheServesOnlyReadyWaitersInOrder(t *testing.T) {
	c := newTestCache(Options{})
	byMin := map[int]*waiter[testStatus]{}
	for _, s := range []int{3, 7, 5, 9, 5} {
		_, w := c.newerOrSubscribe("p", atSec(s))
		require.NotNil(t, w)
		if byMin[s] == nil {
			byMin[s] = w
		}
	}
	_, other := c.newerOrSubscribe("q", atSec(1))
	minTimes := func() []time.Time {
		var out []time.Time
		for _, w := range c.pods["p"].waiters {
			out = append(out, w.minTime)
		}
		return out
	}

	c.Set("p", &testStatus{ID: "p"}, nil, atSec(6))
	assert.True(t, isServed(byMin[3]))
	assert.True(t, isServed(byMin[5]))
	assert.False(t, isServed(byMin[7]))
	assert.False(t, isServed(other), "a Set serves only its own pod")
	assert.Equal(t, []time.Time{atSec(7), atSec(9)}, minTimes())
	checkCacheInvariants(t, c)

	c.UpdateTime(atSec(8))
	assert.True(t, isServed(byMin[7]))
	assert.True(t, isServed(other))
	assert.False(t, isServed(byMin[9]))
	assert.Equal(t, []time.Time{atSec(9)}, minTimes())
	checkCacheInvariants(t, c)

	c.UpdateTime(atSec(9))
	assert.True(t, isServed(byMin[9]))
	assert.Empty(t, c.byThreshold)
	assert.Equal(t, []types.UID{"p"}, cachedPods(c), "only the pod with an entry is left")
	checkCacheInvariants(t, c)
}

// TestCacheForgetsServedWaiters checks that pods whose waiters are all
// served leave no bookkeeping behind, whichever call serves them.
func TestCacheForgetsServedWaiters(t *testing.T) {
	c := newTestCache(Options{})
	const live = 10
	for i := 0; i < live; i++ {
		_, w := c.newerOrSubscribe(types.UID(fmt.Sprintf("live-%d", i)), atSec(5000))
		require.NotNil(t, w)
	}
	for i := 0; i < 1000; i++ {
		id := types.UID(fmt.Sprintf("pod-%d", i))
		_, w := c.newerOrSubscribe(id, atSec(i))
		require.NotNil(t, w)
		c.Set(id, nil, nil, atSec(i))
		require.True(t, isServed(w))
		require.LessOrEqual(t, len(c.byThreshold), 2*live+1, "idle pods are dropped once they are half")
		checkCacheInvariants(t, c)
	}
	c.UpdateTime(atSec(5000))
	assert.Zero(t, c.Waiters())
	assert.Empty(t, c.byThreshold)
	assert.Zero(t, c.idle)
	assert.Len(t, c.pods, 1000, "the live pods had no entries and are gone")
	for i := 0; i < 1000; i++ {
		c.Delete(types.UID(fmt.Sprintf("pod-%d", i)))
	}
	assert.Empty(t, c.pods)
}

// TestCacheDeleteKeepsWaitingPods checks that Delete drops a pod's record
// only once it has no waiters left.
func TestCacheDeleteKeepsWaitingPods(t *testing.T) {
	c := newTestCache(Options{})
	c.Set("p", &testStatus{ID: "p"}, nil, atSec(1))
	_, w := c.newerOrSubscribe("p", atSec(5))
	c.Delete("p")
	assert.Equal(t, []types.UID{"p"}, cachedPods(c))
	checkCacheInvariants(t, c)
	c.Set("p", nil, nil, atSec(5))
	require.True(t, isServed(w))
	c.Delete("p")
	assert.Empty(t, cachedPods(c))
	checkCacheInvariants(t, c)
}

// TestCacheConcurrentUse hammers one cache from many goroutines under the
// race detector and checks that every GetNewerThan caller is released.
func TestCacheConcurrentUse(t *testing.T) {
	for _, mode := range gateModes {
		t.Run(mode.name, func(t *testing.T) {
			defer goleak.VerifyNone(t, goleak.IgnoreCurrent())
			c := newTestCache(mode.opts)
			ids := make([]types.UID, 20)
			for i := range ids {
				ids[i] = types.UID(fmt.Sprintf("pod-%d", i))
			}
			var mutators, waiters sync.WaitGroup
			for g := 0; g < 8; g++ {
				mutators.Add(1)
				go func(seed int64) {
					defer mutators.Done()
					rng := rand.New(rand.NewSource(seed))
					for i := 0; i < 500; i++ {
						id := ids[rng.Intn(len(ids))]
						switch rng.Intn(4) {
						case 0, 1:
							c.Set(id, &testStatus{ID: id}, nil, atSec(rng.Intn(100)))
						case 2:
							c.UpdateTime(atSec(rng.Intn(100)))
						default:
							c.Delete(id)
						}
					}
				}(int64(g))
			}
			wrongID := make(chan types.UID, 40*50) // room for every call: a sender never blocks
			for g := 0; g < 40; g++ {
				waiters.Add(1)
				go func(seed int64) {
					defer waiters.Done()
					rng := rand.New(rand.NewSource(seed))
					for i := 0; i < 50; i++ {
						id := ids[rng.Intn(len(ids))]
						status, _ := c.GetNewerThan(id, atSec(rng.Intn(100)))
						if status == nil || status.ID != id {
							wrongID <- id
						}
					}
				}(int64(100 + g))
			}
			waitfor.Group(t, &mutators, "the goroutines calling Set, UpdateTime and Delete")
			// Now nothing moves the global time back: this releases
			// everyone, present and future.
			c.UpdateTime(atSec(1000))
			waitfor.Group(t, &waiters, "every GetNewerThan to return after UpdateTime(atSec(1000))")
			close(wrongID)
			for id := range wrongID {
				t.Errorf("GetNewerThan(%q) returned another pod's status", id)
			}
		})
	}
}

// startGetNewerThan calls GetNewerThan of the pod "p" in a goroutine and
// delivers the result on the returned channel.
func startGetNewerThan(c *testCache, minTime time.Time) <-chan podData[testStatus] {
	result := make(chan podData[testStatus], 1)
	go func() {
		status, err := c.GetNewerThan("p", minTime)
		result <- podData[testStatus]{status: status, err: err}
	}()
	return result
}

// waitForWaiters waits until the cache holds n waiters, and fails the
// test if it does not within waitfor.Timeout.
func waitForWaiters(tb testing.TB, c *testCache, n int) {
	tb.Helper()
	waitfor.Condition(tb, func() bool { return c.Waiters() == n },
		fmt.Sprintf("the cache to hold %d GetNewerThan waiters", n),
		func() string { return fmt.Sprintf("it holds %d", c.Waiters()) })
}

// cachedPods returns the IDs of the pods the cache keeps a record of.
func cachedPods(c *testCache) []types.UID {
	var ids []types.UID
	for id := range c.pods {
		ids = append(ids, id)
	}
	return ids
}

// checkCacheInvariants checks the bookkeeping: a pod has a record while it
// has an entry or a place in the heap; the heap is in order and every pod
// knows its index; a pod's key is not after any of its waiters' minimum
// times; only heap pods have waiters, none of them served; idle counts the
// heap pods without waiters.
func checkCacheInvariants(t *testing.T, c *testCache) {
	t.Helper()
	c.lock.RLock()
	defer c.lock.RUnlock()
	for id, pod := range c.pods {
		require.Equal(t, id, pod.id)
		require.True(t, pod.known || pod.index >= 0, "pod %q has neither an entry nor waiters", id)
		if pod.index < 0 {
			require.Empty(t, pod.waiters, "pod %q has waiters but is not in the heap", id)
		}
	}
	idle := 0
	for i, pod := range c.byThreshold {
		require.Same(t, pod, c.pods[pod.id])
		require.Equal(t, i, pod.index)
		if i > 0 {
			require.False(t, c.byThreshold[(i-1)/2].key.After(pod.key), "heap order")
		}
		if len(pod.waiters) == 0 {
			idle++
		}
		for _, w := range pod.waiters {
			require.False(t, w.minTime.Before(pod.key), "key is a lower bound")
			require.False(t, isServed(w), "served waiters are removed")
		}
	}
	require.Equal(t, idle, c.idle)
}
