package container

import (
	"testing"

	"github.com/kubecontainer/kubecontainer/internal/cachecheck"
)

// TestGoldenCache replays testdata/cache.jsonl, scenarios recorded on
// kubelet v1.35.4's own status cache by oracle/kubelet with the
// EventedPLEG gate off and on, on caches with the matching option.
func TestGoldenCache(t *testing.T) {
	cachecheck.Replay(t, "testdata/cache.jsonl", func(eventedPLEG bool) cachecheck.Cache[PodStatus] {
		return NewCacheWithOptions(CacheOptions{EventedPLEG: eventedPLEG})
	})
}
