package container

import (
	"context"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"k8s.io/klog/v2"
)

// collectingRuntime is a Runtime that only garbage-collects: it records
// every GarbageCollect call.
type collectingRuntime struct {
	Runtime
	runs []gcRun
}

type gcRun struct {
	policy       GCPolicy
	ready, evict bool
}

func (r *collectingRuntime) GarbageCollect(_ context.Context, policy GCPolicy, allSourcesReady, evictNonDeletedPods bool) error {
	r.runs = append(r.runs, gcRun{policy: policy, ready: allSourcesReady, evict: evictNonDeletedPods})
	return nil
}

type readiness bool

func (r readiness) AllReady() bool { return bool(r) }

func TestNewContainerGC(t *testing.T) {
	gc, err := NewContainerGC(&collectingRuntime{}, GCPolicy{MinAge: -2 * time.Second}, readiness(true))
	assert.EqualError(t, err, "invalid minimum garbage collection age: -2s")
	assert.True(t, gc == nil, "a nil interface")

	policy := GCPolicy{MinAge: time.Minute, MaxPerPodContainer: 1, MaxContainers: -1}
	runtime := &collectingRuntime{}
	gc, err = NewContainerGC(runtime, policy, readiness(false))
	require.NoError(t, err)
	require.NoError(t, gc.GarbageCollect(context.Background()))
	require.NoError(t, gc.DeleteAllUnusedContainers(context.Background()))
	assert.Equal(t, []gcRun{{policy: policy}, {policy: policy, evict: true}}, runtime.runs)
}

// TestDeleteAllUnusedContainersLogsToContext checks that the line logs
// through the context's logger.
func TestDeleteAllUnusedContainersLogsToContext(t *testing.T) {
	sink := &recordingSink{}
	gc, err := NewContainerGC(&collectingRuntime{}, GCPolicy{}, readiness(true))
	require.NoError(t, err)
	require.NoError(t, gc.DeleteAllUnusedContainers(klog.NewContext(context.Background(), klog.New(sink))))
	assert.Equal(t, []string{"Attempting to delete unused containers"}, sink.infos)
}

// recordingSink keeps the Info messages logged to it.
type recordingSink struct{ infos []string }

func (s *recordingSink) Init(klog.RuntimeInfo)                    {}
func (s *recordingSink) Enabled(int) bool                         { return true }
func (s *recordingSink) Info(_ int, msg string, _ ...interface{}) { s.infos = append(s.infos, msg) }
func (s *recordingSink) Error(error, string, ...interface{})      {}
func (s *recordingSink) WithValues(...interface{}) klog.LogSink   { return s }
func (s *recordingSink) WithName(string) klog.LogSink             { return s }
