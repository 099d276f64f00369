package testing

import (
	"context"
	"errors"
	"fmt"
	"testing"

	runtimeapi "k8s.io/cri-api/pkg/apis/runtime/v1"

	kubecontainer "github.com/kubecontainer/kubecontainer/kubelet-1.29/container"
)

// TestImageFsInfo checks the fake's filesystem stats, new in v1.29: the
// setters record nothing, ImageFsInfo records its call and returns the
// slices themselves with Err.
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

func TestFakeReadyProvider(t *testing.T) {
	if !NewFakeReadyProvider().AllReady() {
		t.Error("FakeReadyProvider is not ready")
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

// Tests written against kubelet v1.29's fakes, such as cri-dockerd's,
// compile and pass against this line once the import path is changed:
// FakePod, Pod, Container and ContainerID as they build them, FakeOS as
// the OSInterface.
func ExampleFakePod() {
	id := kubecontainer.BuildContainerID("docker", "3f4a")
	runtime := &FakeRuntime{PodList: []*FakePod{{
		Pod: &kubecontainer.Pod{ID: "uid-1", Name: "web", Namespace: "default", Containers: []*kubecontainer.Container{
			{ID: id, Name: "nginx", Image: "nginx:1.25", State: kubecontainer.ContainerStateRunning},
		}},
		NetnsPath: "/proc/42/ns/net",
	}}}
	pods, _ := runtime.GetPods(context.Background(), false)
	pod := kubecontainer.Pods(pods).FindPodByFullName("web_default")
	var osInterface kubecontainer.OSInterface = &FakeOS{HostName: "node-1"}
	host, _ := osInterface.Hostname()
	fmt.Println(pod.ID, pod.FindContainerByID(id).Name, id.String(), host)
	// Output: uid-1 nginx docker://3f4a node-1
}
