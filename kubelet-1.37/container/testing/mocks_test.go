package testing

import (
	"context"
	"io/fs"
	"testing"

	"github.com/stretchr/testify/assert"

	kubecontainer "github.com/kubecontainer/kubecontainer/kubelet-1.37/container"
)

// The mocks carry upstream's names and satisfy the interfaces they mock.
var (
	_ kubecontainer.Runtime              = &MockRuntime{}
	_ kubecontainer.RuntimeCache         = &MockRuntimeCache{}
	_ fs.DirEntry                        = &MockDirEntry{}
	_ kubecontainer.ImageService         = &MockImageService{}
	_ kubecontainer.StreamingRuntime     = &MockStreamingRuntime{}
	_ kubecontainer.Version              = &MockVersion{}
	_ kubecontainer.Attacher             = &MockAttacher{}
	_ kubecontainer.CommandRunner        = &MockCommandRunner{}
	_ kubecontainer.HandlerRunner        = &MockHandlerRunner{}
	_ kubecontainer.RuntimeHelper        = &MockRuntimeHelper{}
	_ kubecontainer.OSInterface          = &MockOSInterface{}
	_ kubecontainer.Cache                = &MockCache{}
	_ kubecontainer.ROCache              = &MockROCache{}
	_ kubecontainer.GC                   = &MockGC{}
	_ kubecontainer.SourcesReadyProvider = &MockSourcesReadyProvider{}
	_ kubecontainer.Mounter              = &MockMounter{}
	_ kubecontainer.BlockVolumeMapper    = &MockBlockVolumeMapper{}
	_ podsGetter                         = &MockpodsGetter{}
)

func TestMocksExpecterStyle(t *testing.T) {
	ctx := context.Background()
	pods := []*kubecontainer.Pod{{ID: "a"}}

	runtime := NewMockRuntime(t)
	runtime.EXPECT().GetPods(ctx, false).Return(pods, nil).Once()
	cache, err := kubecontainer.NewRuntimeCache(runtime, 0)
	assert.NoError(t, err)
	got, err := cache.GetPods(ctx)
	assert.NoError(t, err)
	assert.Equal(t, pods, got)

	rc := NewMockRuntimeCache(t)
	rc.EXPECT().GetPods(ctx).Return(pods, nil)
	got, _ = rc.GetPods(ctx)
	assert.Equal(t, pods, got)

	entry := NewMockDirEntry(t)
	entry.EXPECT().Name().Return("log")
	entry.EXPECT().IsDir().Return(false)
	assert.Equal(t, "log", entry.Name())
	assert.False(t, entry.IsDir())

	getter := NewMockpodsGetter(t)
	getter.EXPECT().GetPods(ctx, false).Return(nil, nil)
	_, _ = NewFakeRuntimeCache(getter).GetPods(ctx)
}
