package runtimecache

import (
	"context"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/kubecontainer/kubecontainer/internal/runtimecache/scripted"
)

// embedding is how a line's TestRuntimeCache holds the cache: by value.
type embedding struct {
	Cache[testPod]
}

// TestZeroCacheLocksAndReads checks what upstream's zero TestRuntimeCache
// allows: taking the lock and reading the (empty) cached pods.
func TestZeroCacheLocksAndReads(t *testing.T) {
	var c embedding
	require.True(t, c.TryLock(), "the zero cache's lock is free")
	assert.Nil(t, Cached(&c.Cache), "the zero cache holds no pods")
	c.Unlock()
}

// TestInitReadiesAnEmbeddedCache checks that Init makes an embedded cache
// behave as New's: the first GetPods asks the runtime for its running pods.
func TestInitReadiesAnEmbeddedCache(t *testing.T) {
	getter := &scripted.Getter[testPod]{Results: []scripted.Result[testPod]{{Pods: podsNamed("a")}}}
	var c embedding
	Init[testPod](&c.Cache, getter, 0)
	pods, err := getPods(context.Background(), t, &c.Cache, "GetPods of an embedded cache after Init")
	require.NoError(t, err)
	assert.Equal(t, podsNamed("a"), pods)
	assert.Equal(t, []bool{false}, getter.AllArgs(), "GetPods asked for the running pods only")
	assert.Equal(t, podsNamed("a"), Cached(&c.Cache))
}
