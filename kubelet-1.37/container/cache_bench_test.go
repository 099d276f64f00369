package container

import (
	"testing"

	"github.com/kubecontainer/kubecontainer/internal/statuscache/cachebench"
)

// BenchmarkCache runs the shared cache benchmarks on this line's NewCache
// (impl=ours) and the reference cache (impl=reference), from 10 to 10,000
// pods with a blocked GetNewerThan each.
func BenchmarkCache(b *testing.B) {
	cachebench.All(b, cachebench.Line[PodStatus]{
		NewCache: func() cachebench.Cache[PodStatus] {
			return NewCache().(cachebench.Cache[PodStatus])
		},
		NewStatus: emptyPodStatus,
	})
}
