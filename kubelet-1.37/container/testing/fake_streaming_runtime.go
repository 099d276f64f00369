package testing

import (
	"context"
	"net/url"

	"k8s.io/apimachinery/pkg/types"

	"github.com/kubecontainer/kubecontainer/internal/fakes"
	kubecontainer "github.com/kubecontainer/kubecontainer/kubelet-1.37/container"
)

// FakeHost is the host of every URL FakeStreamingRuntime returns.
const FakeHost = "localhost:12345"

// FakeStreamingRuntime is a FakeRuntime that also serves exec, attach and
// port-forward. Each of those records its name in the embedded fake's
// CalledFunctions and returns a new URL with Host FakeHost (printed as
// "//localhost:12345") together with Err. The embedded pointer must be set.
type FakeStreamingRuntime struct {
	*FakeRuntime
}

// GetExec returns a URL to FakeHost and Err.
func (f *FakeStreamingRuntime) GetExec(_ context.Context, id kubecontainer.ContainerID, cmd []string, stdin, stdout, stderr, tty bool) (*url.URL, error) {
	return &url.URL{Host: FakeHost}, fakes.RecordCall(f, &f.CalledFunctions, "GetExec", &f.Err)
}

// GetAttach returns a URL to FakeHost and Err.
func (f *FakeStreamingRuntime) GetAttach(_ context.Context, id kubecontainer.ContainerID, stdin, stdout, stderr, tty bool) (*url.URL, error) {
	return &url.URL{Host: FakeHost}, fakes.RecordCall(f, &f.CalledFunctions, "GetAttach", &f.Err)
}

// GetPortForward returns a URL to FakeHost and Err.
func (f *FakeStreamingRuntime) GetPortForward(_ context.Context, podName, podNamespace string, podUID types.UID, ports []int32) (*url.URL, error) {
	return &url.URL{Host: FakeHost}, fakes.RecordCall(f, &f.CalledFunctions, "GetPortForward", &f.Err)
}
