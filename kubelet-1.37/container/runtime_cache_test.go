package container

import (
	"context"
	"errors"
	"sync"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"go.uber.org/goleak"

	"github.com/kubecontainer/kubecontainer/internal/runtimecache/scripted"
)

var (
	_ RuntimeCache = (*TestRuntimeCache)(nil)
	_ sync.Locker  = (*TestRuntimeCache)(nil)
)

type ctxKey struct{}

func TestNewRuntimeCacheRefreshesWhenStale(t *testing.T) {
	web, db := []*Pod{{Name: "web"}}, []*Pod{{Name: "db"}}
	source := &scripted.Getter[Pod]{Results: []scripted.Result[Pod]{{Pods: web}, {Pods: db}}}
	c, err := NewRuntimeCache(source, time.Hour)
	require.NoError(t, err)
	ctx := context.WithValue(context.Background(), ctxKey{}, 1)

	for i := 0; i < 3; i++ {
		pods, err := c.GetPods(ctx)
		require.NoError(t, err)
		assert.Equal(t, web, pods)
	}
	assert.Equal(t, 1, source.Calls(), "a fresh copy is not refreshed")
	require.NoError(t, c.ForceUpdateIfOlder(ctx, time.Now().Add(time.Minute)))
	pods, _ := c.GetPods(ctx)
	assert.Equal(t, db, pods)
	assert.Equal(t, []bool{false, false}, source.AllArgs(), "only running pods are asked for")
	assert.Equal(t, ctx, source.Contexts()[1])
}

func TestRuntimeCacheKeepsPodsOnError(t *testing.T) {
	web := []*Pod{{Name: "web"}}
	down := errors.New("runtime down")
	source := &scripted.Getter[Pod]{Results: []scripted.Result[Pod]{{Pods: web}, {Err: down}}}
	c := NewTestRuntimeCache(source)
	ctx := context.Background()
	require.NoError(t, c.UpdateCacheWithLock(ctx))
	pods, err := c.GetPods(ctx)
	assert.Equal(t, down, err, "the zero period refreshes on every call")
	assert.Nil(t, pods)
	assert.Equal(t, web, c.GetCachedPods(), "the last good pods stay cached")
}

func TestTestRuntimeCacheUpdateCacheWithLock(t *testing.T) {
	defer goleak.VerifyNone(t, goleak.IgnoreCurrent())
	source := &scripted.Getter[Pod]{Results: []scripted.Result[Pod]{{Pods: []*Pod{{Name: "web"}}}}}
	c := NewTestRuntimeCache(source)
	assert.Nil(t, c.GetCachedPods())
	assert.Zero(t, source.Calls(), "GetCachedPods never asks the runtime")

	ctx := context.WithValue(context.Background(), ctxKey{}, "update")
	c.Lock()
	done := make(chan error)
	go func() { done <- c.UpdateCacheWithLock(ctx) }()
	select {
	case err := <-done:
		t.Fatalf("UpdateCacheWithLock ran while the lock was held (error %v)", err)
	case <-time.After(20 * time.Millisecond):
	}
	assert.Nil(t, c.GetCachedPods(), "reads do not wait for the lock")
	c.Unlock()
	require.NoError(t, <-done)
	assert.Equal(t, []*Pod{{Name: "web"}}, c.GetCachedPods())
	assert.Equal(t, ctx, source.Contexts()[0], "the caller's context reaches the runtime")
}
