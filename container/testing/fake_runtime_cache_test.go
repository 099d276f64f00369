package testing

import (
	"context"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	kubecontainer "github.com/kubecontainer/kubecontainer/container"
)

func TestFakeRuntimeCacheNeverCaches(t *testing.T) {
	pod := &kubecontainer.Pod{ID: "1"}
	runtime := &FakeRuntime{PodList: []*FakePod{{Pod: pod}}, AllPodList: []*FakePod{{}, {}}, T: t}
	cache := NewFakeRuntimeCache(runtime)
	require.IsType(t, &FakeRuntimeCache{}, cache)

	for i := 0; i < 2; i++ {
		pods, err := cache.GetPods(context.Background())
		require.NoError(t, err)
		assert.Equal(t, []*kubecontainer.Pod{pod}, pods, "running pods only (all=false)")
	}
	runtime.AssertCalls([]string{"GetPods", "GetPods"})

	runtime.Lock()
	runtime.PodList = nil
	runtime.Err = errFake
	runtime.Unlock()
	pods, err := cache.GetPods(context.Background())
	assert.Nil(t, pods, "the change shows at once")
	assert.Same(t, errFake, err)

	assert.NoError(t, cache.ForceUpdateIfOlder(context.Background(), time.Now()))
	runtime.AssertCallCounts("GetPods", 3) // ForceUpdateIfOlder asks nothing
}

func TestFakeRuntimeCacheForwardsContextAndResult(t *testing.T) {
	type key struct{}
	ctx := context.WithValue(context.Background(), key{}, "v")
	pods := []*kubecontainer.Pod{{ID: "x"}}
	getter := NewMockpodsGetter(t)
	getter.EXPECT().GetPods(ctx, false).Return(pods, errFake).Once()
	got, err := NewFakeRuntimeCache(getter).GetPods(ctx)
	assert.Same(t, errFake, err)
	require.Len(t, got, 1)
	assert.Same(t, pods[0], got[0])
}
