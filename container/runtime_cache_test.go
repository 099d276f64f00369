package container

import (
	"context"
	"errors"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/kubecontainer/kubecontainer/internal/runtimecache/scripted"
)

// The embedded mutex's methods are part of TestRuntimeCache's method set.
var (
	_ RuntimeCache = &TestRuntimeCache{}
	_ interface {
		Lock()
		Unlock()
		TryLock() bool
	} = &TestRuntimeCache{}
)

func podsNamed(names ...string) []*Pod {
	pods := make([]*Pod, 0, len(names))
	for _, name := range names {
		pods = append(pods, &Pod{Name: name})
	}
	return pods
}

func TestNewRuntimeCacheAcceptsAnything(t *testing.T) {
	for _, period := range []time.Duration{-time.Second, 0, time.Second} {
		c, err := NewRuntimeCache(nil, period)
		assert.NoError(t, err)
		assert.NotNil(t, c)
	}
}

func TestTestRuntimeCache(t *testing.T) {
	first, second := podsNamed("a"), podsNamed("b")
	errRuntime := errors.New("runtime down")
	getter := &scripted.Getter[Pod]{Results: []scripted.Result[Pod]{{Pods: first}, {Err: errRuntime}, {Pods: second}}}
	trc := NewTestRuntimeCache(getter)
	assert.Nil(t, trc.GetCachedPods(), "nil before the first refresh")
	assert.Zero(t, getter.Calls(), "GetCachedPods never refreshes")

	require.NoError(t, trc.UpdateCacheWithLock())
	assertSameSlice(t, first, trc.GetCachedPods())
	assert.Equal(t, context.Background(), getter.Contexts()[0])

	assert.Equal(t, errRuntime, trc.UpdateCacheWithLock())
	assertSameSlice(t, first, trc.GetCachedPods(), "an error keeps the old pods")

	pods, err := trc.GetPods(context.Background())
	require.NoError(t, err)
	assertSameSlice(t, second, pods, "a zero period refreshes on every call")
	assert.Equal(t, 3, getter.Calls())
	assert.Equal(t, []bool{false, false, false}, getter.AllArgs())
}

func TestTestRuntimeCacheLock(t *testing.T) {
	getter := &scripted.Getter[Pod]{Results: []scripted.Result[Pod]{{Pods: podsNamed("a")}}}
	trc := NewTestRuntimeCache(getter)
	require.NoError(t, trc.UpdateCacheWithLock())
	trc.Lock()
	assert.False(t, trc.TryLock())
	assertSameSlice(t, getter.Results[0].Pods, trc.GetCachedPods(), "reads go on while the lock is held")
	trc.Unlock()
	require.True(t, trc.TryLock())
	trc.Unlock()
}

// assertSameSlice checks that got is want itself (same array), or both nil.
func assertSameSlice(t *testing.T, want, got []*Pod, msgAndArgs ...interface{}) {
	t.Helper()
	if want == nil {
		assert.Nil(t, got, msgAndArgs...)
		return
	}
	if assert.Len(t, got, len(want), msgAndArgs...) && len(want) > 0 {
		assert.Same(t, &want[0], &got[0], msgAndArgs...)
	}
}
