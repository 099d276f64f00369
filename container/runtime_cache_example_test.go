package container_test

import (
	"context"
	"fmt"
	"time"

	"github.com/kubecontainer/kubecontainer/container"
)

// podCountingRuntime returns one pod per call made so far.
type podCountingRuntime struct {
	calls int
}

func (r *podCountingRuntime) GetPods(_ context.Context, _ bool) ([]*container.Pod, error) {
	r.calls++
	var pods []*container.Pod
	for i := 0; i < r.calls; i++ {
		pods = append(pods, &container.Pod{Name: fmt.Sprintf("pod-%d", i)})
	}
	return pods, nil
}

func ExampleNewRuntimeCache() {
	runtime := &podCountingRuntime{}
	cache, _ := container.NewRuntimeCache(runtime, time.Hour)
	ctx := context.Background()

	// The first call fills the cache; the next ones within the hour read it.
	pods, _ := cache.GetPods(ctx)
	fmt.Println(len(pods), runtime.calls)
	pods, _ = cache.GetPods(ctx)
	fmt.Println(len(pods), runtime.calls)

	// A caller that needs pods fetched after some moment forces a refresh.
	_ = cache.ForceUpdateIfOlder(ctx, time.Now().Add(time.Minute))
	pods, _ = cache.GetPods(ctx)
	fmt.Println(len(pods), runtime.calls)
	// Output:
	// 1 1
	// 1 1
	// 2 2
}

func ExampleNewTestRuntimeCache() {
	runtime := &podCountingRuntime{}
	cache := container.NewTestRuntimeCache(runtime)

	fmt.Println(cache.GetCachedPods() == nil)
	_ = cache.UpdateCacheWithLock()
	fmt.Println(len(cache.GetCachedPods()), runtime.calls)
	// Output:
	// true
	// 1 1
}
