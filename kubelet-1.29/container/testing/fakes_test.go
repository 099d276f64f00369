package testing

import (
	"context"
	"errors"
	"io/fs"
	"testing"

	v1 "k8s.io/api/core/v1"
	runtimeapi "k8s.io/cri-api/pkg/apis/runtime/v1"

	"github.com/kubecontainer/kubecontainer/internal/fakes/fakestest"
	kubecontainer "github.com/kubecontainer/kubecontainer/kubelet-1.29/container"
)

// The fakes and mocks satisfy the interfaces they stand in for.
var (
	_ kubecontainer.Runtime              = &FakeRuntime{}
	_ kubecontainer.StreamingRuntime     = &FakeStreamingRuntime{}
	_ kubecontainer.Version              = &FakeVersion{}
	_ kubecontainer.OSInterface          = &FakeOS{}
	_ kubecontainer.RuntimeHelper        = &FakeRuntimeHelper{}
	_ kubecontainer.CommandRunner        = &FakeContainerCommandRunner{}
	_ kubecontainer.RuntimeCache         = &FakeRuntimeCache{}
	_ kubecontainer.SourcesReadyProvider = &FakeReadyProvider{}
	_ kubecontainer.Runtime              = &MockRuntime{}
	_ kubecontainer.ImageService         = &MockImageService{}
	_ kubecontainer.RuntimeCache         = &MockRuntimeCache{}
	_ fs.DirEntry                        = &MockDirEntry{}
	_ kubecontainer.StreamingRuntime     = &MockStreamingRuntime{}
	_ kubecontainer.Attacher             = &MockAttacher{}
	_ kubecontainer.CommandRunner        = &MockCommandRunner{}
	_ kubecontainer.HandlerRunner        = &MockHandlerRunner{}
	_ kubecontainer.RuntimeHelper        = &MockRuntimeHelper{}
	_ kubecontainer.OSInterface          = &MockOSInterface{}
	_ kubecontainer.Cache                = &MockCache{}
	_ kubecontainer.GC                   = &MockGC{}
	_ kubecontainer.SourcesReadyProvider = &MockSourcesReadyProvider{}
	_ kubecontainer.Version              = &MockVersion{}
	_ kubecontainer.Mounter              = &MockMounter{}
	_ kubecontainer.BlockVolumeMapper    = &MockBlockVolumeMapper{}
	_ podsGetter                         = &MockpodsGetter{}
)

func TestBlockedPulls(t *testing.T) {
	fakestest.BlockedPulls(t, func(err error) fakestest.Puller {
		f := &FakeRuntime{BlockImagePulls: true, Err: err}
		return fakestest.Puller{
			Pull: func(ctx context.Context) (string, error) {
				return f.PullImage(ctx, kubecontainer.ImageSpec{Image: "img"}, nil, nil)
			},
			Unblock: f.UnblockImagePulls,
			SetErr:  func(err error) { f.Lock(); f.Err = err; f.Unlock() },
			Waiting: f.imagePulls.Waiting,
		}
	})
}

func TestConcurrentUse(t *testing.T) {
	ctx := context.Background()
	f := &FakeStreamingRuntime{&FakeRuntime{Err: errors.New("boom")}}
	image := kubecontainer.ImageSpec{Image: "img"}
	fakestest.ConcurrentUse(t, map[string]func(){
		"Version":        func() { _, _ = f.Version(ctx) },
		"GetPods":        func() { _, _ = f.GetPods(ctx, true) },
		"SyncPod":        func() { f.SyncPod(ctx, &v1.Pod{}, nil, nil, nil) },
		"KillPod":        func() { _ = f.KillPod(ctx, nil, kubecontainer.Pod{}, nil) },
		"GetPodStatus":   func() { _, _ = f.GetPodStatus(ctx, "uid", "name", "ns") },
		"PullImage":      func() { _, _ = f.PullImage(ctx, image, nil, nil) },
		"ListImages":     func() { _, _ = f.ListImages(ctx) },
		"ImageFsInfo":    func() { _, _ = f.ImageFsInfo(ctx) },
		"GetExec":        func() { _, _ = f.GetExec(ctx, kubecontainer.ContainerID{}, nil, false, false, false, false) },
		"GetAttach":      func() { _, _ = f.GetAttach(ctx, kubecontainer.ContainerID{}, false, false, false, false) },
		"GetPortForward": func() { _, _ = f.GetPortForward(ctx, "pod", "ns", "uid", nil) },
	}, []func(){
		func() { f.Type() },
		func() { f.SetImageFsStats(nil) },
		func() { f.SetContainerFsStats(nil) },
	}, func() []string { f.Lock(); defer f.Unlock(); return f.CalledFunctions })
}

// TestImageFsInfo checks the filesystem stats new in v1.29: the setters
// record nothing, ImageFsInfo records its call and returns the slices
// themselves with Err.
func TestImageFsInfo(t *testing.T) {
	images := []*runtimeapi.FilesystemUsage{{UsedBytes: &runtimeapi.UInt64Value{Value: 1}}}
	containers := []*runtimeapi.FilesystemUsage{{UsedBytes: &runtimeapi.UInt64Value{Value: 2}}}
	for _, err := range []error{nil, errors.New("boom")} {
		f := &FakeRuntime{T: t, Err: err}
		f.SetImageFsStats(images)
		f.SetContainerFsStats(containers)
		got, gotErr := f.ImageFsInfo(context.Background())
		if gotErr != err || &got.ImageFilesystems[0] != &images[0] || &got.ContainerFilesystems[0] != &containers[0] {
			t.Errorf("ImageFsInfo = %v, %v; want the stats set and %v", got, gotErr, err)
		}
		f.AssertCalls([]string{"ImageFsInfo"})
	}
}
