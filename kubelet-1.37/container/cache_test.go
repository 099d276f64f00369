package container

import (
	"errors"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"go.uber.org/goleak"
	"k8s.io/apimachinery/pkg/types"
)

// t0 is the origin of the cache tests' times.
var t0 = time.Date(2025, 12, 17, 9, 0, 0, 0, time.UTC)

// tick returns t0 plus n seconds.
func tick(n int) time.Time { return t0.Add(time.Duration(n) * time.Second) }

// getNewerThanAsync runs GetNewerThan in a goroutine; the status arrives on
// the channel when it returns.
func getNewerThanAsync(c Cache, id types.UID, minTime time.Time) <-chan *PodStatus {
	out := make(chan *PodStatus, 1)
	go func() {
		status, _ := c.GetNewerThan(id, minTime)
		out <- status
	}()
	return out
}

// stillBlocked reports whether nothing arrived on ch within a short while.
func stillBlocked(ch <-chan *PodStatus) bool {
	select {
	case <-ch:
		return false
	case <-time.After(20 * time.Millisecond):
		return true
	}
}

func TestCacheGetSetDelete(t *testing.T) {
	c := NewCache()
	empty, err := c.Get("a")
	require.NoError(t, err)
	assert.Equal(t, &PodStatus{ID: "a"}, empty, "a pod without an entry reads as an empty status")

	status, inspectErr := &PodStatus{ID: "a", Name: "web"}, errors.New("inspect failed")
	assert.True(t, c.Set("a", status, inspectErr, tick(1)))
	got, err := c.Get("a")
	assert.Same(t, status, got)
	assert.Same(t, inspectErr, err)

	c.Delete("a")
	got, err = c.Get("a")
	assert.NoError(t, err)
	assert.Equal(t, &PodStatus{ID: "a"}, got)
}

// TestCacheEventedPLEGOption contrasts NewCache (gate off, the v1.37
// default) with the EventedPLEG option.
func TestCacheEventedPLEGOption(t *testing.T) {
	defer goleak.VerifyNone(t, goleak.IgnoreCurrent())
	newer, older := &PodStatus{ID: "a", Name: "newer"}, &PodStatus{ID: "a", Name: "older"}

	off := NewCache()
	off.Set("a", newer, nil, tick(5))
	assert.True(t, off.Set("a", older, nil, tick(4)), "gate off: older data still replaces")
	got, _ := off.Get("a")
	assert.Same(t, older, got)
	waiting := getNewerThanAsync(off, "b", tick(1))
	assert.True(t, stillBlocked(waiting), "gate off: a pod without an entry waits")
	off.UpdateTime(tick(2))
	assert.Equal(t, &PodStatus{ID: "b"}, <-waiting)

	on := NewCacheWithOptions(CacheOptions{EventedPLEG: true})
	on.Set("a", newer, nil, tick(5))
	assert.False(t, on.Set("a", older, nil, tick(4)), "gate on: older data is refused")
	got, _ = on.Get("a")
	assert.Same(t, newer, got)
	assert.Equal(t, &PodStatus{ID: "b"}, <-getNewerThanAsync(on, "b", tick(1)), "gate on: no wait")
}

func TestCacheGetNewerThanWaitsForSetOrUpdateTime(t *testing.T) {
	defer goleak.VerifyNone(t, goleak.IgnoreCurrent())
	c := NewCache()
	first := &PodStatus{ID: "a", Name: "first"}
	c.Set("a", first, nil, tick(3))
	assert.Same(t, first, <-getNewerThanAsync(c, "a", tick(2)), "already newer")

	bySet := getNewerThanAsync(c, "a", tick(3))
	assert.True(t, stillBlocked(bySet), "equal is not newer")
	second := &PodStatus{ID: "a", Name: "second"}
	c.Set("a", second, nil, tick(3))
	assert.Same(t, second, <-bySet, "a waiter is served by a Set at its time")

	byClock := getNewerThanAsync(c, "a", tick(8))
	c.UpdateTime(tick(7))
	assert.True(t, stillBlocked(byClock))
	c.UpdateTime(tick(8))
	assert.Same(t, second, <-byClock)
}

// TestCacheSetObservedTime pins this package's reading of SetObservedTime:
// the entry's time moves forward with its data kept, waiters it reaches
// are served, Get is unchanged, and a pod without an entry is left alone.
func TestCacheSetObservedTime(t *testing.T) {
	defer goleak.VerifyNone(t, goleak.IgnoreCurrent())
	c := NewCache()
	status := &PodStatus{ID: "a", Name: "web"}
	c.Set("a", status, nil, tick(1))

	waiter := getNewerThanAsync(c, "a", tick(4))
	c.SetObservedTime("a", tick(3))
	assert.True(t, stillBlocked(waiter), "tick(3) does not reach tick(4)")
	c.SetObservedTime("a", tick(4))
	assert.Same(t, status, <-waiter, "the confirmed data is served")

	assert.Same(t, status, <-getNewerThanAsync(c, "a", tick(3)), "the entry now counts as of tick(4)")
	c.SetObservedTime("a", tick(2))
	assert.Same(t, status, <-getNewerThanAsync(c, "a", tick(3)), "an older observation does not move it back")
	got, err := c.Get("a")
	assert.Same(t, status, got)
	assert.NoError(t, err)

	c.SetObservedTime("unknown", tick(9))
	unknown := getNewerThanAsync(c, "unknown", tick(5))
	assert.True(t, stillBlocked(unknown), "no entry was made for an unknown pod")
	c.UpdateTime(tick(6))
	assert.Equal(t, &PodStatus{ID: "unknown"}, <-unknown)
}

func TestCacheSetObservedTimeWithEventedPLEG(t *testing.T) {
	c := NewCacheWithOptions(CacheOptions{EventedPLEG: true})
	current := &PodStatus{ID: "a", Name: "current"}
	c.Set("a", current, nil, tick(1))
	c.SetObservedTime("a", tick(6))
	assert.False(t, c.Set("a", &PodStatus{ID: "a"}, nil, tick(5)), "data older than the observation is refused")
	assert.True(t, c.Set("a", &PodStatus{ID: "a"}, nil, tick(6)))
}
