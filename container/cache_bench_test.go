package container

import (
	"fmt"
	"runtime"
	"sync"
	"testing"
	"time"

	"k8s.io/apimachinery/pkg/types"
)

// waiterCount returns how many waiters the cache holds.
func (c *cache) waiterCount() int {
	c.lock.RLock()
	defer c.lock.RUnlock()
	n := 0
	for _, pod := range c.pods {
		n += len(pod.waiters)
	}
	return n
}

// The benchmarks run every operation on a cache holding 10, 1,000 and
// 10,000 pods, each with one GetNewerThan goroutine blocked on it, for both
// cache ("ours") and referenceCache ("reference").
var cacheBenchSizes = []int{10, 1000, 10000}

// benchCache is what the benchmarks need from either implementation.
type benchCache interface {
	Cache
	newerOrSubscribe(types.UID, time.Time) (podData, *waiter)
	waiterCount() int
}

var cacheBenchImpls = []struct {
	name     string
	newCache func() benchCache
}{
	{name: "ours", newCache: func() benchCache { return newTestCache(CacheOptions{}) }},
	{name: "reference", newCache: func() benchCache { return newReferenceCache(CacheOptions{}) }},
}

// benchFar is the threshold of the blocked waiters: no benchmark reaches it.
const benchFar = 1_000_000

// cacheFixture is a cache whose pods all hold data from atSec(0) and each have
// one goroutine blocked in GetNewerThan(pod, atSec(benchFar)).
type cacheFixture struct {
	cache    benchCache
	ids      []types.UID
	statuses []*PodStatus
	blocked  sync.WaitGroup
}

func newCacheFixture(tb testing.TB, c benchCache, pods int) *cacheFixture {
	f := &cacheFixture{cache: c}
	for i := 0; i < pods; i++ {
		id := types.UID(fmt.Sprintf("pod-%d", i))
		f.ids = append(f.ids, id)
		f.statuses = append(f.statuses, &PodStatus{ID: id})
		c.Set(id, f.statuses[i], nil, atSec(0))
		f.blocked.Add(1)
		go func() {
			defer f.blocked.Done()
			_, _ = c.GetNewerThan(id, atSec(benchFar))
		}()
	}
	waitForWaiters(tb, c, pods)
	return f
}

// release wakes the blocked goroutines and waits for them to return.
func (f *cacheFixture) release() {
	f.cache.UpdateTime(atSec(benchFar))
	f.blocked.Wait()
}

// runCacheBenchmark runs op b.N times on a fixture of every size, for both
// implementations. i is the iteration number.
func runCacheBenchmark(b *testing.B, op func(f *cacheFixture, i int)) {
	for _, impl := range cacheBenchImpls {
		for _, pods := range cacheBenchSizes {
			newCache := impl.newCache
			pods := pods
			b.Run(fmt.Sprintf("pods=%d/impl=%s", pods, impl.name), func(b *testing.B) {
				f := newCacheFixture(b, newCache(), pods)
				runtime.GC() // start every run with the setup's garbage collected
				b.ReportAllocs()
				b.ResetTimer()
				for i := 0; i < b.N; i++ {
					op(f, i)
				}
				b.StopTimer()
				f.release()
			})
		}
	}
}

func BenchmarkCacheGet(b *testing.B) {
	runCacheBenchmark(b, func(f *cacheFixture, i int) {
		_, _ = f.cache.Get(f.ids[i%len(f.ids)])
	})
}

// BenchmarkCacheSet stores newer data for a pod; its waiter stays blocked.
func BenchmarkCacheSet(b *testing.B) {
	runCacheBenchmark(b, func(f *cacheFixture, i int) {
		n := i % len(f.ids)
		f.cache.Set(f.ids[n], f.statuses[n], nil, atSec(1))
	})
}

// BenchmarkCacheGetNewerThan asks for data the cache already has.
func BenchmarkCacheGetNewerThan(b *testing.B) {
	runCacheBenchmark(b, func(f *cacheFixture, i int) {
		_, _ = f.cache.GetNewerThan(f.ids[i%len(f.ids)], atSec(-1))
	})
}

// BenchmarkCacheGetNewerThanWokenBySet is the work of a GetNewerThan that
// has to wait, without the goroutine switch: subscribe, then a Set of the
// pod at the waiter's threshold serves it.
func BenchmarkCacheGetNewerThanWokenBySet(b *testing.B) {
	runCacheBenchmark(b, func(f *cacheFixture, i int) {
		n := i % len(f.ids)
		threshold := atSec(1).Add(time.Duration(i))
		_, w := f.cache.newerOrSubscribe(f.ids[n], threshold)
		f.cache.Set(f.ids[n], f.statuses[n], nil, threshold)
		<-w.done
	})
}

// BenchmarkCacheUpdateTime moves the global time forward without reaching
// any waiter.
func BenchmarkCacheUpdateTime(b *testing.B) {
	runCacheBenchmark(b, func(f *cacheFixture, i int) {
		f.cache.UpdateTime(atSec(1).Add(time.Duration(i)))
	})
}

// BenchmarkCacheUpdateTimeWakingOne subscribes one waiter and serves it
// with UpdateTime, while every other waiter stays blocked.
func BenchmarkCacheUpdateTimeWakingOne(b *testing.B) {
	runCacheBenchmark(b, func(f *cacheFixture, i int) {
		threshold := atSec(1).Add(time.Duration(i))
		_, w := f.cache.newerOrSubscribe(f.ids[i%len(f.ids)], threshold)
		f.cache.UpdateTime(threshold)
		<-w.done
	})
}
