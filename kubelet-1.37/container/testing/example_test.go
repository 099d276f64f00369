package testing_test

import (
	"context"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"sync"
	"time"

	kubecontainer "github.com/kubecontainer/kubecontainer/kubelet-1.37/container"
	containertest "github.com/kubecontainer/kubecontainer/kubelet-1.37/container/testing"
)

// A FakeRuntime answers from its fields and records every call, so a test
// can check what the code under test asked the runtime.
func ExampleFakeRuntime() {
	fake := &containertest.FakeRuntime{
		PodList: []*containertest.FakePod{{Pod: &kubecontainer.Pod{ID: "uid-1", Name: "web", Namespace: "shop"}}},
	}
	pods, _ := fake.GetPods(context.Background(), false)
	pod, err := fake.GetPod(context.Background(), "uid-2")
	fmt.Println(pods[0].Name, pod, err)
	fmt.Println(fake.CalledFunctions)
	// Output:
	// web <nil> pod sandboxes not found
	// [GetPods]
}

// With BlockImagePulls set, pulls wait until the test lets them go, one
// token per pull, or fails them with SendImagePullError.
func ExampleFakeRuntime_UnblockImagePulls() {
	// T receives the Assert helpers' reports; quiet drops them, so the
	// example can poll AssertCallCounts.
	fake := &containertest.FakeRuntime{BlockImagePulls: true, T: quiet{}}
	var wg sync.WaitGroup
	results := make([]string, 2)
	for i := range results {
		wg.Add(1)
		go func() {
			defer wg.Done()
			ref, _, err := fake.PullImage(context.Background(), kubecontainer.ImageSpec{Image: "nginx:1"}, nil, nil)
			results[i] = fmt.Sprintf("%q %v", ref, err)
		}()
	}
	for !fake.AssertCallCounts("PullImage", 2) {
		time.Sleep(time.Millisecond) // until both pulls wait
	}
	fake.UnblockImagePulls(1)
	fake.SendImagePullError(errors.New("registry down"))
	wg.Wait()
	fmt.Println(len(results), countOK(results))
	// Output: 2 1
}

// quiet is a TB that ignores failures.
type quiet struct{}

func (quiet) Errorf(string, ...any) {}

func countOK(results []string) int {
	n := 0
	for _, r := range results {
		if r == `"nginx:1" <nil>` {
			n++
		}
	}
	return n
}

// FakeOS stands in for the file system: hooks decide what calls return, and
// removals are recorded.
func ExampleFakeOS() {
	fake := &containertest.FakeOS{
		StatFn: func(path string) (os.FileInfo, error) { return nil, os.ErrNotExist },
	}
	logDir := "/var/log/pods/shop_web_uid-1"
	if _, err := fake.Stat(filepath.Join(logDir, "app")); errors.Is(err, os.ErrNotExist) {
		_ = fake.RemoveAll(logDir)
	}
	fmt.Println(fake.Removes)
	// Output: [/var/log/pods/shop_web_uid-1]
}

// The mocks are testify mocks in mockery's expecter style, checked when the
// test ends.
func ExampleNewMockRuntime() {
	t := &exampleT{}
	m := containertest.NewMockRuntime(t)
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
