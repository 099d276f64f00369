package testing

import (
	"context"
	"net/url"
	"testing"

	"github.com/stretchr/testify/assert"

	kubecontainer "github.com/kubecontainer/kubecontainer/container"
)

func TestFakeHost(t *testing.T) {
	assert.Equal(t, "localhost:12345", FakeHost)
}

func TestFakeStreamingRuntime(t *testing.T) {
	ctx := context.Background()
	calls := map[string]func(f *FakeStreamingRuntime) (*url.URL, error){
		"GetExec": func(f *FakeStreamingRuntime) (*url.URL, error) {
			return f.GetExec(ctx, kubecontainer.ContainerID{Type: "t", ID: "id"}, []string{"sh"}, true, true, true, true)
		},
		"GetAttach": func(f *FakeStreamingRuntime) (*url.URL, error) {
			return f.GetAttach(ctx, kubecontainer.ContainerID{}, true, false, false, true)
		},
		"GetPortForward": func(f *FakeStreamingRuntime) (*url.URL, error) {
			return f.GetPortForward(ctx, "pod", "ns", "uid", []int32{80})
		},
	}
	for name, call := range calls {
		call := call
		t.Run(name, func(t *testing.T) {
			for _, wantErr := range []error{nil, errFake} {
				f := &FakeStreamingRuntime{&FakeRuntime{Err: wantErr}}
				u, err := call(f)
				assert.Equal(t, wantErr, err)
				assert.Equal(t, &url.URL{Host: FakeHost}, u, "non-nil even with an error")
				assert.Equal(t, "//localhost:12345", u.String())
				assert.Equal(t, []string{name}, f.CalledFunctions)

				u2, _ := call(f)
				assert.NotSame(t, u, u2, "a new URL per call")
			}
		})
	}
}

func TestFakeStreamingRuntimePromotesFakeRuntime(t *testing.T) {
	f := &FakeStreamingRuntime{FakeRuntime: &FakeRuntime{RuntimeType: "fake", T: t}}
	assert.Equal(t, "fake", f.Type())
	_, _ = f.GetPods(context.Background(), false)
	f.AssertCalls([]string{"GetPods"})
	var _ kubecontainer.Runtime = f
}

func TestFakeStreamingRuntimeNilEmbeddedPanics(t *testing.T) {
	f := &FakeStreamingRuntime{}
	assert.Panics(t, func() {
		_, _ = f.GetAttach(context.Background(), kubecontainer.ContainerID{}, false, false, false, false)
	})
}
