package testing

import (
	"context"
	"net/url"
	"sync"
	"time"

	"k8s.io/apimachinery/pkg/types"

	"github.com/kubecontainer/kubecontainer/internal/fakes"
	kubecontainer "github.com/kubecontainer/kubecontainer/kubelet-1.35/container"
)

// FakeHost is the host of every URL FakeStreamingRuntime returns.
const FakeHost = "localhost:12345"

// FakeStreamingRuntime is a FakeRuntime, which must be set, that also
// serves exec, attach and port-forward at FakeHost.
type FakeStreamingRuntime struct {
	*FakeRuntime
}

// GetExec returns a URL of FakeHost and Err.
func (f *FakeStreamingRuntime) GetExec(_ context.Context, id kubecontainer.ContainerID, cmd []string, stdin, stdout, stderr, tty bool) (*url.URL, error) {
	return &url.URL{Host: FakeHost}, fakes.RecordCall(f, &f.CalledFunctions, "GetExec", &f.Err)
}

// GetAttach returns a URL of FakeHost and Err.
func (f *FakeStreamingRuntime) GetAttach(_ context.Context, id kubecontainer.ContainerID, stdin, stdout, stderr, tty bool) (*url.URL, error) {
	return &url.URL{Host: FakeHost}, fakes.RecordCall(f, &f.CalledFunctions, "GetAttach", &f.Err)
}

// GetPortForward returns a URL of FakeHost and Err.
func (f *FakeStreamingRuntime) GetPortForward(_ context.Context, podName, podNamespace string, podUID types.UID, ports []int32) (*url.URL, error) {
	return &url.URL{Host: FakeHost}, fakes.RecordCall(f, &f.CalledFunctions, "GetPortForward", &f.Err)
}

// FakeContainerCommandRunner is a kubecontainer.CommandRunner that returns
// Stdout and Err and keeps the last container and command.
type FakeContainerCommandRunner struct {
	Stdout string
	Err    error

	ContainerID kubecontainer.ContainerID
	Cmd         []string

	// mu makes concurrent calls race-free; upstream has no lock.
	mu sync.Mutex
}

// RunInContainer keeps containerID and cmd and returns Stdout and Err.
func (f *FakeContainerCommandRunner) RunInContainer(_ context.Context, containerID kubecontainer.ContainerID, cmd []string, timeout time.Duration) ([]byte, error) {
	return fakes.RunInContainer(&f.mu, &f.ContainerID, &f.Cmd, containerID, cmd, f.Stdout), f.Err
}

// FakeVersion is a kubecontainer.Version that compares as text.
type FakeVersion struct {
	Version string
}

// String returns Version.
func (fv *FakeVersion) String() string { return fv.Version }

// Compare compares Version and other as strings ("1.10" is older than
// "1.9").
func (fv *FakeVersion) Compare(other string) (int, error) {
	return fakes.CompareText(fv.Version, other), nil
}

// podsGetter is where FakeRuntimeCache gets its pods; a Runtime is one.
type podsGetter interface {
	GetPods(context.Context, bool) ([]*kubecontainer.Pod, error)
}

// FakeRuntimeCache is a kubecontainer.RuntimeCache that caches nothing.
type FakeRuntimeCache struct {
	getter podsGetter
}

// NewFakeRuntimeCache returns a FakeRuntimeCache over getter.
func NewFakeRuntimeCache(getter podsGetter) kubecontainer.RuntimeCache {
	return &FakeRuntimeCache{getter}
}

// GetPods returns getter.GetPods(ctx, false).
func (f *FakeRuntimeCache) GetPods(ctx context.Context) ([]*kubecontainer.Pod, error) {
	return f.getter.GetPods(ctx, false)
}

// ForceUpdateIfOlder returns nil.
func (f *FakeRuntimeCache) ForceUpdateIfOlder(context.Context, time.Time) error { return nil }

// NewFakeCache returns a kubecontainer.Cache that stores nothing and
// answers from runtime.GetPodStatus without blocking.
func NewFakeCache(runtime kubecontainer.Runtime) kubecontainer.Cache {
	return &fakes.StatusCache[*kubecontainer.PodStatus]{Status: func(id types.UID) (*kubecontainer.PodStatus, error) {
		return runtime.GetPodStatus(context.Background(), id, "", "")
	}}
}

// FakeReadyProvider is a kubecontainer.SourcesReadyProvider whose sources
// are always ready.
type FakeReadyProvider struct {
	kubecontainer.SourcesReadyProvider
}

// NewFakeReadyProvider returns a FakeReadyProvider.
func NewFakeReadyProvider() kubecontainer.SourcesReadyProvider { return &FakeReadyProvider{} }

// AllReady returns true.
func (frp *FakeReadyProvider) AllReady() bool { return true }
