package testing_test

import (
	"context"
	"errors"
	"fmt"
	"os"

	kubecontainer "github.com/kubecontainer/kubecontainer/kubelet-1.37/container"
	containertest "github.com/kubecontainer/kubecontainer/kubelet-1.37/container/testing"
)

// A FakeRuntime answers from its fields and records every call.
func ExampleFakeRuntime() {
	fake := &containertest.FakeRuntime{
		PodList: []*containertest.FakePod{{Pod: &kubecontainer.Pod{ID: "uid-1", Name: "web", Namespace: "shop"}}},
	}
	pods, _ := fake.GetPods(context.Background(), false)
	pod, err := fake.GetPod(context.Background(), "uid-2")
	fmt.Println(pods[0].Name, pod, err, fake.CalledFunctions)
	// Output: web <nil> pod sandboxes not found [GetPods]
}

// FakeOS stands in for the file system: hooks decide what calls return, and
// removals are recorded.
func ExampleFakeOS() {
	fake := &containertest.FakeOS{StatFn: func(string) (os.FileInfo, error) { return nil, os.ErrNotExist }}
	if _, err := fake.Stat("/var/log/pods/shop_web_uid-1/app"); errors.Is(err, os.ErrNotExist) {
		_ = fake.RemoveAll("/var/log/pods/shop_web_uid-1")
	}
	fmt.Println(fake.Removes)
	// Output: [/var/log/pods/shop_web_uid-1]
}

// The mocks are testify mocks in mockery's expecter style, checked when the
// test ends.
func ExampleNewMockRuntime() {
	m := containertest.NewMockRuntime(exampleT{})
	m.EXPECT().Type().Return("containerd")
	fmt.Println(m.Type())
	// Output: containerd
}

// exampleT is the part of *testing.T the mocks need.
type exampleT struct{}

func (exampleT) Logf(string, ...any)   {}
func (exampleT) Errorf(string, ...any) {}
func (exampleT) FailNow()              {}
func (exampleT) Cleanup(func())        {}
