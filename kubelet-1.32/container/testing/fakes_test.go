package testing

import (
	"context"
	"errors"
	"fmt"
	"reflect"
	"testing"

	v1 "k8s.io/api/core/v1"

	kubecontainer "github.com/kubecontainer/kubecontainer/kubelet-1.32/container"
)

// reporter is a TB that keeps what it is given.
type reporter []string

func (r *reporter) Errorf(format string, args ...any) { *r = append(*r, fmt.Sprintf(format, args...)) }

// TestAssertReportsToTB checks that since v1.30 the Assert helpers report
// to any TB, not only a *testing.T.
func TestAssertReportsToTB(t *testing.T) {
	var r reporter
	f := &FakeRuntime{T: &r}
	ok := f.AssertCalls([]string{"GetPods"})
	if ok || len(r) != 1 || r[0] != `AssertList: expected []string{"GetPods"}, got []string(nil)` {
		t.Errorf("AssertCalls = %t, reported %q", ok, r)
	}
}

// TestNewRuntimeMethods checks GetContainerStatus and GetImageSize, new
// since v1.29.
func TestNewRuntimeMethods(t *testing.T) {
	boom := errors.New("boom")
	f := &FakeRuntime{T: t, Err: boom}
	ctx := context.Background()
	status, err := f.GetContainerStatus(ctx, kubecontainer.ContainerID{Type: "containerd", ID: "1"})
	if status == nil || !reflect.DeepEqual(*status, kubecontainer.Status{}) || err != boom {
		t.Errorf("GetContainerStatus = %+v, %v", status, err)
	}
	if size, err := f.GetImageSize(ctx, kubecontainer.ImageSpec{Image: "nginx"}); size != 0 || err != boom {
		t.Errorf("GetImageSize = %d, %v", size, err)
	}
	f.AssertCalls([]string{"GetContainerStatus", "GetImageSize"})
}

// TestUserNamespaceMappings checks that the helper finds the runtime
// handler in RuntimeHandlers.
func TestUserNamespaceMappings(t *testing.T) {
	hostUsers := false
	pod := &v1.Pod{Spec: v1.PodSpec{HostUsers: &hostUsers}}
	h := &FakeRuntimeHelper{RuntimeHandlers: map[string]kubecontainer.RuntimeHandler{
		"kata": {Name: "kata", SupportsUserNamespaces: true}, "runc": {Name: "runc"},
	}}
	if ns, err := h.GetOrCreateUserNamespaceMappings(pod, "kata"); ns == nil || err != nil {
		t.Errorf("kata: %v, %v", ns, err)
	}
	if ns, err := h.GetOrCreateUserNamespaceMappings(pod, "runc"); ns != nil || err == nil {
		t.Errorf("runc: %v, %v", ns, err)
	}
}

// A test scripts the fake runtime through its fields and checks what the
// code under test asked of it.
func ExampleFakeRuntime() {
	runtime := &FakeRuntime{ImageList: []kubecontainer.Image{{ID: "nginx"}}}
	ctx := context.Background()
	ref, _ := runtime.GetImageRef(ctx, kubecontainer.ImageSpec{Image: "nginx"})
	_, _ = runtime.PullImage(ctx, kubecontainer.ImageSpec{Image: "busybox"}, nil, nil)
	images, _ := runtime.ListImages(ctx)
	fmt.Println(ref, len(images), runtime.CalledFunctions)
	// Output: nginx 2 [GetImageRef PullImage ListImages]
}
