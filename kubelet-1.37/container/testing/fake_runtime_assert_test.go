package testing

import (
	"context"
	"fmt"
	"testing"

	"github.com/stretchr/testify/assert"
)

// messages is a TB that keeps what it is told.
type messages []string

func (m *messages) Errorf(format string, args ...any) {
	*m = append(*m, fmt.Sprintf(format, args...))
}

func TestFakeRuntimeAssertHelpers(t *testing.T) {
	f := &FakeRuntime{}
	_ = f.SyncPod(context.Background(), apiPod("u1", "a"), nil, nil, nil, false)
	_, _ = f.GetPods(context.Background(), false)
	tests := []struct {
		name   string
		assert func(*FakeRuntime) bool
		want   string
	}{
		{name: "calls", assert: func(f *FakeRuntime) bool { return f.AssertCalls([]string{"SyncPod", "GetPods"}) }},
		{name: "calls in order", assert: func(f *FakeRuntime) bool { return f.AssertCalls([]string{"GetPods", "SyncPod"}) },
			want: `AssertList: expected []string{"GetPods", "SyncPod"}, got []string{"SyncPod", "GetPods"}`},
		{name: "count", assert: func(f *FakeRuntime) bool { return f.AssertCallCounts("GetPods", 1) }},
		{name: "count mismatch", assert: func(f *FakeRuntime) bool { return f.AssertCallCounts("SyncPod", 2) },
			want: "AssertCallCounts: expected SyncPod to be called 2 times, but was actually called 1 times."},
		{name: "started pods", assert: func(f *FakeRuntime) bool { return f.AssertStartedPods([]string{"u1"}) }},
		{name: "started containers", assert: func(f *FakeRuntime) bool { return f.AssertStartedContainers([]string{"a"}) }},
		{name: "killed pods: nil is not empty", assert: func(f *FakeRuntime) bool { return f.AssertKilledPods([]string{}) },
			want: `AssertList: expected []string{}, got []string(nil)`},
		{name: "killed containers", assert: func(f *FakeRuntime) bool { return f.AssertKilledContainers(nil) }},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var got messages
			f.T = &got
			assert.Equal(t, tt.want == "", tt.assert(f))
			if tt.want == "" {
				assert.Empty(t, got)
			} else {
				assert.Equal(t, messages{tt.want}, got)
			}
		})
	}
}

func TestFakeRuntimeAssertWithoutT(t *testing.T) {
	f := &FakeRuntime{}
	assert.True(t, f.AssertCalls(nil), "a passing check needs no T")
	assert.Panics(t, func() { f.AssertCalls([]string{"x"}) }, "a failing check with no T panics, as upstream")
}
