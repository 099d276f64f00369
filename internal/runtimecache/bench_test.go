package runtimecache

import (
	"context"
	"sync"
	"testing"
	"time"

	"github.com/kubecontainer/kubecontainer/internal/runtimecache/scripted"
	"github.com/kubecontainer/kubecontainer/internal/waitfor"
)

// referenceCache is the straightforward design the benchmarks
// compare with: one mutex held by every call, the runtime call included.
type referenceCache struct {
	mu          sync.Mutex
	getter      Getter[testPod]
	cachePeriod time.Duration
	pods        []*testPod
	cacheTime   time.Time
}

func (r *referenceCache) GetPods(ctx context.Context) ([]*testPod, error) {
	r.mu.Lock()
	defer r.mu.Unlock()
	if time.Since(r.cacheTime) > r.cachePeriod {
		now := time.Now()
		pods, err := r.getter.GetPods(ctx, false)
		if err != nil {
			return nil, err
		}
		r.pods, r.cacheTime = pods, now
	}
	return r.pods, nil
}

func (r *referenceCache) ForceUpdateIfOlder(ctx context.Context, minExpectedCacheTime time.Time) error {
	r.mu.Lock()
	defer r.mu.Unlock()
	if !r.cacheTime.Before(minExpectedCacheTime) {
		return nil
	}
	now := time.Now()
	pods, err := r.getter.GetPods(ctx, false)
	if err != nil {
		return err
	}
	r.pods, r.cacheTime = pods, now
	return nil
}

// podsCache is the interface of a line's RuntimeCache.
type podsCache interface {
	GetPods(context.Context) ([]*testPod, error)
	ForceUpdateIfOlder(context.Context, time.Time) error
}

var runtimeCacheBenchImpls = []struct {
	name     string
	newCache func(Getter[testPod]) podsCache
}{
	{name: "ours", newCache: func(g Getter[testPod]) podsCache { return New[testPod](g, time.Hour) }},
	{name: "reference", newCache: func(g Getter[testPod]) podsCache {
		return &referenceCache{getter: g, cachePeriod: time.Hour}
	}},
}

// runBenchmark runs op on a warm cache of each implementation,
// from one goroutine and then from GOMAXPROCS goroutines at once.
func runBenchmark(b *testing.B, op func(podsCache) error) {
	for _, impl := range runtimeCacheBenchImpls {
		newCache := impl.newCache
		warm := func(b *testing.B) podsCache {
			c := newCache(&scripted.Getter[testPod]{Results: []scripted.Result[testPod]{{Pods: podsNamed("a", "b", "c")}}})
			if _, err := c.GetPods(context.Background()); err != nil {
				b.Fatal(err)
			}
			b.ReportAllocs()
			b.ResetTimer()
			return c
		}
		b.Run("mode=serial/impl="+impl.name, func(b *testing.B) {
			c := warm(b)
			for i := 0; i < b.N; i++ {
				if err := op(c); err != nil {
					b.Fatal(err)
				}
			}
		})
		b.Run("mode=parallel/impl="+impl.name, func(b *testing.B) {
			c := warm(b)
			b.RunParallel(func(pb *testing.PB) {
				for pb.Next() {
					if err := op(c); err != nil {
						b.Error(err)
						return
					}
				}
			})
		})
	}
}

func BenchmarkRuntimeCacheGetPods(b *testing.B) {
	runBenchmark(b, func(c podsCache) error {
		_, err := c.GetPods(context.Background())
		return err
	})
}

func BenchmarkRuntimeCacheForceUpdateIfOlder(b *testing.B) {
	minTime := time.Now().Add(-time.Hour)
	runBenchmark(b, func(c podsCache) error {
		return c.ForceUpdateIfOlder(context.Background(), minTime)
	})
}

// BenchmarkRuntimeCacheGetPodsDuringRefresh reads a warm cache while a
// refresh is stuck in the runtime. The reference cache would block for as
// long as the runtime call lasts, so it has no figure here.
func BenchmarkRuntimeCacheGetPodsDuringRefresh(b *testing.B) {
	getter := &scripted.Getter[testPod]{Results: []scripted.Result[testPod]{{Pods: podsNamed("a", "b", "c")}}}
	c := New[testPod](getter, time.Hour)
	ctx := context.Background()
	if _, err := c.GetPods(ctx); err != nil {
		b.Fatal(err)
	}
	entered, release := make(chan struct{}, 1), make(chan struct{})
	getter.Hook = blockingHook(entered, release)
	defer func() {
		select {
		case <-release:
		default:
			close(release) // the benchmark failed: let the refresh end
		}
	}()
	refreshed := make(chan error, 1)
	go func() { refreshed <- c.ForceUpdateIfOlder(ctx, time.Now().Add(time.Hour)) }()
	waitfor.Receive(b, entered, "ForceUpdateIfOlder to call the runtime")
	// One read with a deadline first: the loop below would hang if a read
	// waited for the refresh.
	if err := waitfor.Call(b, "a warm GetPods while a refresh is stuck in the runtime", func() error {
		_, err := c.GetPods(ctx)
		return err
	}); err != nil {
		b.Fatal(err)
	}
	b.ReportAllocs()
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		if _, err := c.GetPods(ctx); err != nil {
			b.Fatal(err)
		}
	}
	b.StopTimer()
	close(release)
	if err := waitfor.Receive(b, refreshed, "the stuck refresh to return once the runtime answers"); err != nil {
		b.Fatal(err)
	}
}
