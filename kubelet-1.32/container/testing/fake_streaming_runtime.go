package testing

import (
	"context"
	"net/url"

	"k8s.io/apimachinery/pkg/types"

	"github.com/kubecontainer/kubecontainer/internal/fakes"
	kubecontainer "github.com/kubecontainer/kubecontainer/kubelet-1.32/container"
)

// FakeHost is the host of the URLs FakeStreamingRuntime returns.
const FakeHost = "localhost:12345"

// FakeStreamingRuntime adds exec, attach and port-forward to a FakeRuntime,
// which must be set. Each records its name and returns a new URL
// "//localhost:12345" with Err.
type FakeStreamingRuntime struct {
	*FakeRuntime
}

// GetExec returns the URL of FakeHost and Err.
func (f *FakeStreamingRuntime) GetExec(_ context.Context, id kubecontainer.ContainerID, cmd []string, stdin, stdout, stderr, tty bool) (*url.URL, error) {
	return &url.URL{Host: FakeHost}, fakes.RecordCall(f, &f.CalledFunctions, "GetExec", &f.Err)
}

// GetAttach returns the URL of FakeHost and Err.
func (f *FakeStreamingRuntime) GetAttach(_ context.Context, id kubecontainer.ContainerID, stdin, stdout, stderr, tty bool) (*url.URL, error) {
	return &url.URL{Host: FakeHost}, fakes.RecordCall(f, &f.CalledFunctions, "GetAttach", &f.Err)
}

// GetPortForward returns the URL of FakeHost and Err.
func (f *FakeStreamingRuntime) GetPortForward(_ context.Context, podName, podNamespace string, podUID types.UID, ports []int32) (*url.URL, error) {
	return &url.URL{Host: FakeHost}, fakes.RecordCall(f, &f.CalledFunctions, "GetPortForward", &f.Err)
}
