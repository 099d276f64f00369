package container_test

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"os"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"k8s.io/klog/v2"

	"github.com/kubecontainer/kubecontainer/container"
)

// gcRuntime is a Runtime whose GarbageCollect records its arguments; any
// other method panics on the nil embedded Runtime.
type gcRuntime struct {
	container.Runtime
	calls []gcCall
	err   error
}

type gcCall struct {
	ctx                 context.Context
	policy              container.GCPolicy
	allSourcesReady     bool
	evictNonDeletedPods bool
}

func (r *gcRuntime) GarbageCollect(ctx context.Context, policy container.GCPolicy, allSourcesReady, evictNonDeletedPods bool) error {
	r.calls = append(r.calls, gcCall{ctx: ctx, policy: policy, allSourcesReady: allSourcesReady, evictNonDeletedPods: evictNonDeletedPods})
	return r.err
}

// sourcesReady answers AllReady from answers in turn and counts the calls.
type sourcesReady struct {
	answers []bool
	asked   int
}

func (s *sourcesReady) AllReady() bool {
	answer := s.answers[s.asked%len(s.answers)]
	s.asked++
	return answer
}

type gcCtxKey struct{}

func TestNewContainerGCRejectsNegativeMinAge(t *testing.T) {
	tests := []struct {
		minAge  time.Duration
		wantErr string
	}{
		{minAge: -time.Nanosecond, wantErr: "invalid minimum garbage collection age: -1ns"},
		{minAge: -time.Second, wantErr: "invalid minimum garbage collection age: -1s"},
		{minAge: -1500 * time.Millisecond, wantErr: "invalid minimum garbage collection age: -1.5s"},
		{minAge: -90 * time.Minute, wantErr: "invalid minimum garbage collection age: -1h30m0s"},
	}
	for _, tc := range tests {
		t.Run(tc.minAge.String(), func(t *testing.T) {
			gc, err := container.NewContainerGC(&gcRuntime{}, container.GCPolicy{MinAge: tc.minAge}, &sourcesReady{})
			assert.True(t, gc == nil, "a nil GC interface, not a typed nil")
			require.Error(t, err)
			assert.Equal(t, tc.wantErr, err.Error())
		})
	}
}

func TestNewContainerGCValidatesNothingElse(t *testing.T) {
	policies := []container.GCPolicy{
		{},
		{MinAge: time.Hour, MaxPerPodContainer: 2, MaxContainers: 100},
		{MaxPerPodContainer: -7, MaxContainers: -1000},
	}
	for _, policy := range policies {
		gc, err := container.NewContainerGC(nil, policy, nil)
		assert.NoError(t, err)
		assert.NotNil(t, gc)
	}
}

func TestContainerGCCallsTheRuntime(t *testing.T) {
	errGC := errors.New("gc failed")
	tests := []struct {
		name      string
		run       func(container.GC, context.Context) error
		wantEvict bool
	}{
		{name: "GarbageCollect", run: container.GC.GarbageCollect},
		{name: "DeleteAllUnusedContainers", run: container.GC.DeleteAllUnusedContainers, wantEvict: true},
	}
	for _, tc := range tests {
		for _, runtimeErr := range []error{nil, errGC} {
			t.Run(fmt.Sprintf("%s/error %v", tc.name, runtimeErr), func(t *testing.T) {
				runtime := &gcRuntime{err: runtimeErr}
				ready := &sourcesReady{answers: []bool{false, true, true}}
				policy := container.GCPolicy{MinAge: time.Minute, MaxPerPodContainer: 1, MaxContainers: -1}
				gc, err := container.NewContainerGC(runtime, policy, ready)
				require.NoError(t, err)
				assert.Zero(t, ready.asked, "the constructor does not ask")
				policy.MinAge = time.Hour // the GC keeps its own copy

				ctx := context.WithValue(context.Background(), gcCtxKey{}, tc.name)
				for i := 0; i < 3; i++ {
					assert.Equal(t, runtimeErr, tc.run(gc, ctx))
				}
				assert.Equal(t, 3, ready.asked, "AllReady is asked on every call")
				require.Len(t, runtime.calls, 3)
				for i, call := range runtime.calls {
					assert.Equal(t, ctx, call.ctx)
					assert.Equal(t, container.GCPolicy{MinAge: time.Minute, MaxPerPodContainer: 1, MaxContainers: -1}, call.policy)
					assert.Equal(t, ready.answers[i], call.allSourcesReady)
					assert.Equal(t, tc.wantEvict, call.evictNonDeletedPods)
				}
			})
		}
	}
}

func TestContainerGCLogs(t *testing.T) {
	var logged bytes.Buffer
	klog.LogToStderr(false)
	klog.SetOutput(&logged)
	defer func() {
		klog.LogToStderr(true)
		klog.SetOutput(os.Stderr)
	}()
	gc, err := container.NewContainerGC(&gcRuntime{}, container.GCPolicy{}, &sourcesReady{answers: []bool{true}})
	require.NoError(t, err)

	require.NoError(t, gc.GarbageCollect(context.Background()))
	klog.Flush()
	assert.Empty(t, logged.String(), "GarbageCollect logs nothing")

	require.NoError(t, gc.DeleteAllUnusedContainers(context.Background()))
	klog.Flush()
	assert.Regexp(t, `^I.*\] "Attempting to delete unused containers"\n$`, logged.String())
}
