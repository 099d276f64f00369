package testing

import (
	"context"
	"errors"
	"testing"

	"go.uber.org/goleak"
	v1 "k8s.io/api/core/v1"

	"github.com/kubecontainer/kubecontainer/internal/fakes/fakestest"
	kubecontainer "github.com/kubecontainer/kubecontainer/kubelet-1.35/container"
)

// The fakes satisfy the interfaces they stand in for (the mocks are
// generated from the interfaces).
var (
	_ kubecontainer.Runtime              = &FakeRuntime{}
	_ kubecontainer.StreamingRuntime     = &FakeStreamingRuntime{}
	_ kubecontainer.Version              = &FakeVersion{}
	_ kubecontainer.OSInterface          = &FakeOS{}
	_ kubecontainer.RuntimeHelper        = &FakeRuntimeHelper{}
	_ kubecontainer.CommandRunner        = &FakeContainerCommandRunner{}
	_ kubecontainer.RuntimeCache         = &FakeRuntimeCache{}
	_ kubecontainer.SourcesReadyProvider = &FakeReadyProvider{}
	_ TB                                 = (*testing.T)(nil)
)

// TestMain fails the run when a test leaves a goroutine behind, such as a
// pull still blocked.
func TestMain(m *testing.M) {
	goleak.VerifyTestMain(m)
}

func TestBlockedPulls(t *testing.T) {
	fakestest.BlockedPulls(t, func(err error) fakestest.Puller {
		f := &FakeRuntime{BlockImagePulls: true, Err: err}
		return fakestest.Puller{
			Pull: func(ctx context.Context) (string, error) {
				ref, _, err := f.PullImage(ctx, kubecontainer.ImageSpec{Image: "img"}, nil, nil)
				return ref, err
			},
			Unblock:   f.UnblockImagePulls,
			SendError: f.SendImagePullError,
			SetErr:    func(err error) { f.Lock(); f.Err = err; f.Unlock() },
			Waiting:   f.imagePulls.Waiting,
		}
	})
}

// quietTB drops the Assert helpers' reports.
type quietTB struct{}

func (quietTB) Errorf(string, ...any) {}

func TestConcurrentUse(t *testing.T) {
	ctx := context.Background()
	f := &FakeStreamingRuntime{&FakeRuntime{Err: errors.New("boom"), T: quietTB{}}}
	image := kubecontainer.ImageSpec{Image: "img"}
	fakestest.ConcurrentUse(t, map[string]func(){
		"Version":        func() { _, _ = f.Version(ctx) },
		"GetPods":        func() { _, _ = f.GetPods(ctx, true) },
		"SyncPod":        func() { f.SyncPod(ctx, &v1.Pod{}, nil, nil, nil, false) },
		"KillPod":        func() { _ = f.KillPod(ctx, nil, kubecontainer.Pod{}, nil) },
		"PullImage":      func() { _, _, _ = f.PullImage(ctx, image, nil, nil) },
		"ImageFsInfo":    func() { _, _ = f.ImageFsInfo(ctx) },
		"GetExec":        func() { _, _ = f.GetExec(ctx, kubecontainer.ContainerID{}, nil, false, false, false, false) },
		"GetAttach":      func() { _, _ = f.GetAttach(ctx, kubecontainer.ContainerID{}, false, false, false, false) },
		"GetPortForward": func() { _, _ = f.GetPortForward(ctx, "pod", "ns", "uid", nil) },
	}, []func(){
		func() { f.Type() },
		func() { _ = f.GetContainerSwapBehavior(&v1.Pod{}, &v1.Container{}) },
		func() { f.AssertCallCounts("Version", fakestest.Goroutines) },
	}, func() []string { f.Lock(); defer f.Unlock(); return f.CalledFunctions })
}
