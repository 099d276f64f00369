package testing_test

import (
	"context"
	"fmt"

	kubecontainer "github.com/kubecontainer/kubecontainer/kubelet-1.36/container"
	containertest "github.com/kubecontainer/kubecontainer/kubelet-1.36/container/testing"
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
