package cachebench

import (
	"fmt"
	"runtime"
	"sync"
	"testing"
	"time"

	"k8s.io/apimachinery/pkg/types"

	"github.com/kubecontainer/kubecontainer/internal/statuscache/reference"
	"github.com/kubecontainer/kubecontainer/internal/waitfor"
)

// Cache is what the benchmarks need from a cache: the kubelet's methods,
// and two of statuscache.Cache's for tests.
type Cache[S any] interface {
	Get(types.UID) (*S, error)
	Set(types.UID, *S, error, time.Time) bool
	GetNewerThan(types.UID, time.Time) (*S, error)
	UpdateTime(time.Time)
	// Subscribe registers a GetNewerThan waiter without blocking; the
	// channel is closed when it is served.
	Subscribe(types.UID, time.Time) <-chan struct{}
	// Waiters returns how many waiters are registered.
	Waiters() int
}

// Line is a line's cache under test.
type Line[S any] struct {
	// NewCache returns the line's cache, as its NewCache makes it.
	NewCache func() Cache[S]
	// NewStatus returns a status of the pod id, as the line's default.
	NewStatus func(id types.UID) *S
}

// sizes are the numbers of pods every benchmark runs with.
var sizes = []int{10, 1000, 10000}

// far is the threshold of the blocked waiters: no benchmark reaches it.
const far = 1_000_000

// base is an arbitrary origin for the benchmarks' times.
var base = time.Date(2023, 4, 11, 0, 0, 0, 0, time.UTC)

func atSec(s int) time.Time { return base.Add(time.Duration(s) * time.Second) }

// fixture is a cache whose pods all hold data from atSec(0) and each have
// one goroutine blocked in GetNewerThan(pod, atSec(far)).
type fixture[S any] struct {
	cache    Cache[S]
	ids      []types.UID
	statuses []*S
	blocked  sync.WaitGroup
}

func newFixture[S any](b *testing.B, c Cache[S], newStatus func(types.UID) *S, pods int) *fixture[S] {
	b.Helper()
	f := &fixture[S]{cache: c}
	for i := 0; i < pods; i++ {
		id := types.UID(fmt.Sprintf("pod-%d", i))
		f.ids = append(f.ids, id)
		f.statuses = append(f.statuses, newStatus(id))
		c.Set(id, f.statuses[i], nil, atSec(0))
		f.blocked.Add(1)
		go func() {
			defer f.blocked.Done()
			_, _ = c.GetNewerThan(id, atSec(far))
		}()
	}
	waitfor.Condition(b, func() bool { return c.Waiters() == pods },
		fmt.Sprintf("a GetNewerThan goroutine blocked on each of the %d pods", pods),
		func() string { return fmt.Sprintf("%d are", c.Waiters()) })
	return f
}

// release wakes the blocked goroutines and waits for them to return.
func (f *fixture[S]) release(b *testing.B) {
	b.Helper()
	f.cache.UpdateTime(atSec(far))
	waitfor.Group(b, &f.blocked, "the blocked GetNewerThan goroutines to return after UpdateTime reached their threshold")
}

// mustBeServed fails the benchmark unless done, the channel of a waiter
// that the call just made should have served, is closed. Both caches
// serve a waiter before the serving call returns, so there is nothing to
// wait for.
func mustBeServed(b *testing.B, done <-chan struct{}, what string) {
	select {
	case <-done:
	default:
		b.Fatalf("%s did not serve the waiter", what)
	}
}

// run runs op b.N times on a fixture of every size, for the line's cache
// and the reference. i is the iteration number; op may fail b.
func run[S any](b *testing.B, line Line[S], op func(b *testing.B, f *fixture[S], i int)) {
	impls := []struct {
		name     string
		newCache func() Cache[S]
	}{
		{name: "ours", newCache: line.NewCache},
		{name: "reference", newCache: func() Cache[S] { return reference.New(false, line.NewStatus) }},
	}
	for _, impl := range impls {
		for _, pods := range sizes {
			newCache, pods := impl.newCache, pods
			b.Run(fmt.Sprintf("pods=%d/impl=%s", pods, impl.name), func(b *testing.B) {
				f := newFixture(b, newCache(), line.NewStatus, pods)
				runtime.GC() // start every run with the setup's garbage collected
				b.ReportAllocs()
				b.ResetTimer()
				for i := 0; i < b.N; i++ {
					op(b, f, i)
				}
				b.StopTimer()
				f.release(b)
			})
		}
	}
}

// Get reads a pod's data.
func Get[S any](b *testing.B, line Line[S]) {
	run(b, line, func(_ *testing.B, f *fixture[S], i int) {
		_, _ = f.cache.Get(f.ids[i%len(f.ids)])
	})
}

// Set stores newer data for a pod; its waiter stays blocked.
func Set[S any](b *testing.B, line Line[S]) {
	run(b, line, func(_ *testing.B, f *fixture[S], i int) {
		n := i % len(f.ids)
		f.cache.Set(f.ids[n], f.statuses[n], nil, atSec(1))
	})
}

// GetNewerThan asks for data the cache already has.
func GetNewerThan[S any](b *testing.B, line Line[S]) {
	run(b, line, func(_ *testing.B, f *fixture[S], i int) {
		_, _ = f.cache.GetNewerThan(f.ids[i%len(f.ids)], atSec(-1))
	})
}

// GetNewerThanWokenBySet is the work of a GetNewerThan that has to wait,
// without the goroutine switch: subscribe, then a Set of the pod at the
// waiter's threshold serves it.
func GetNewerThanWokenBySet[S any](b *testing.B, line Line[S]) {
	run(b, line, func(b *testing.B, f *fixture[S], i int) {
		n := i % len(f.ids)
		threshold := atSec(1).Add(time.Duration(i))
		done := f.cache.Subscribe(f.ids[n], threshold)
		f.cache.Set(f.ids[n], f.statuses[n], nil, threshold)
		mustBeServed(b, done, "a Set at the threshold")
	})
}

// UpdateTime moves the global time forward without reaching any waiter.
func UpdateTime[S any](b *testing.B, line Line[S]) {
	run(b, line, func(_ *testing.B, f *fixture[S], i int) {
		f.cache.UpdateTime(atSec(1).Add(time.Duration(i)))
	})
}

// UpdateTimeWakingOne subscribes one waiter and serves it with UpdateTime,
// while every other waiter stays blocked.
func UpdateTimeWakingOne[S any](b *testing.B, line Line[S]) {
	run(b, line, func(b *testing.B, f *fixture[S], i int) {
		threshold := atSec(1).Add(time.Duration(i))
		done := f.cache.Subscribe(f.ids[i%len(f.ids)], threshold)
		f.cache.UpdateTime(threshold)
		mustBeServed(b, done, "an UpdateTime at the threshold")
	})
}

// All runs every benchmark of the package as a sub-benchmark named after
// it: Get, Set, GetNewerThan, GetNewerThanWokenBySet, UpdateTime and
// UpdateTimeWakingOne.
func All[S any](b *testing.B, line Line[S]) {
	for _, bench := range []struct {
		name string
		run  func(*testing.B, Line[S])
	}{
		{name: "Get", run: Get[S]},
		{name: "Set", run: Set[S]},
		{name: "GetNewerThan", run: GetNewerThan[S]},
		{name: "GetNewerThanWokenBySet", run: GetNewerThanWokenBySet[S]},
		{name: "UpdateTime", run: UpdateTime[S]},
		{name: "UpdateTimeWakingOne", run: UpdateTimeWakingOne[S]},
	} {
		run := bench.run
		b.Run(bench.name, func(b *testing.B) { run(b, line) })
	}
}
