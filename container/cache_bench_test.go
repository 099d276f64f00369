package container

import (
	"testing"

	"github.com/kubecontainer/kubecontainer/internal/statuscache/cachebench"
)

// benchLine is the line's cache as the shared benchmarks see it: NewCache
// itself, compared with the reference cache in every run.
var benchLine = cachebench.Line[PodStatus]{
	NewCache:  func() cachebench.Cache[PodStatus] { return NewCache().(cachebench.Cache[PodStatus]) },
	NewStatus: emptyPodStatus,
}

func BenchmarkCacheGet(b *testing.B) {
	cachebench.Get(b, benchLine)
}

func BenchmarkCacheSet(b *testing.B) {
	cachebench.Set(b, benchLine)
}

func BenchmarkCacheGetNewerThan(b *testing.B) {
	cachebench.GetNewerThan(b, benchLine)
}

func BenchmarkCacheGetNewerThanWokenBySet(b *testing.B) {
	cachebench.GetNewerThanWokenBySet(b, benchLine)
}

func BenchmarkCacheUpdateTime(b *testing.B) {
	cachebench.UpdateTime(b, benchLine)
}

func BenchmarkCacheUpdateTimeWakingOne(b *testing.B) {
	cachebench.UpdateTimeWakingOne(b, benchLine)
}
