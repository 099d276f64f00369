package testing_test

import (
	"context"
	"fmt"

	kubecontainer "github.com/kubecontainer/kubecontainer/kubelet-1.29/container"
	containertest "github.com/kubecontainer/kubecontainer/kubelet-1.29/container/testing"
)

// Tests written against kubelet v1.29's fakes, such as cri-dockerd's,
// compile and pass against this line once the import path is changed:
// FakePod, Pod, Container and ContainerID as they build them, FakeOS as
// the OSInterface.
func ExampleFakePod() {
	id := kubecontainer.BuildContainerID("docker", "3f4a")
	runtime := &containertest.FakeRuntime{PodList: []*containertest.FakePod{{
		Pod: &kubecontainer.Pod{ID: "uid-1", Name: "web", Namespace: "default", Containers: []*kubecontainer.Container{
			{ID: id, Name: "nginx", Image: "nginx:1.25", State: kubecontainer.ContainerStateRunning},
		}},
		NetnsPath: "/proc/42/ns/net",
	}}}
	pods, _ := runtime.GetPods(context.Background(), false)
	pod := kubecontainer.Pods(pods).FindPodByFullName("web_default")
	var osInterface kubecontainer.OSInterface = &containertest.FakeOS{HostName: "node-1"}
	host, _ := osInterface.Hostname()
	fmt.Println(pod.ID, pod.FindContainerByID(id).Name, id.String(), host, runtime.CalledFunctions)
	// Output: uid-1 nginx docker://3f4a node-1 [GetPods]
}
