package testing

import (
	"context"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/mock"
	"github.com/stretchr/testify/require"
	"k8s.io/apimachinery/pkg/types"

	kubecontainer "github.com/kubecontainer/kubecontainer/container"
)

func TestFakeCacheAsksTheRuntime(t *testing.T) {
	runtime := &FakeRuntime{PodStatus: kubecontainer.PodStatus{ID: "stored"}, Err: errFake, T: t}
	cache := NewFakeCache(runtime)

	status, err := cache.Get("asked")
	assert.Same(t, errFake, err)
	assert.Equal(t, "stored", string(status.ID), "FakeRuntime ignores the UID")

	newer, err := cache.GetNewerThan("asked", time.Now().Add(time.Hour))
	assert.Same(t, errFake, err, "never blocks, whatever the time")
	assert.Equal(t, status, newer)

	assert.True(t, cache.Set("asked", &kubecontainer.PodStatus{ID: "set"}, nil, time.Now()))
	cache.Delete("asked")
	cache.UpdateTime(time.Now())
	status, _ = cache.Get("asked")
	assert.Equal(t, "stored", string(status.ID), "Set stores nothing")
	runtime.AssertCalls([]string{"GetPodStatus", "GetPodStatus", "GetPodStatus"})
}

func TestFakeCachePassesUIDAndEmptyNames(t *testing.T) {
	runtime := NewMockRuntime(t)
	want := &kubecontainer.PodStatus{ID: "uid"}
	runtime.EXPECT().GetPodStatus(mock.Anything, types.UID("uid"), "", "").
		Run(func(ctx context.Context, _ types.UID, _, _ string) {
			assert.Equal(t, context.Background(), ctx)
		}).
		Return(want, nil).Twice()
	cache := NewFakeCache(runtime)
	got, err := cache.Get("uid")
	require.NoError(t, err)
	assert.Same(t, want, got)
	got, err = cache.GetNewerThan("uid", time.Time{})
	require.NoError(t, err)
	assert.Same(t, want, got)
}
