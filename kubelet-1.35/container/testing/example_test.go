package testing_test

import (
	"context"
	"fmt"

	kubecontainer "github.com/kubecontainer/kubecontainer/kubelet-1.35/container"
	containertest "github.com/kubecontainer/kubecontainer/kubelet-1.35/container/testing"
)

// A FakeRuntime answers from its fields and records every call;
// GetPodStatus returns a copy of PodStatus whatever pod it is asked about.
func ExampleFakeRuntime() {
	fake := &containertest.FakeRuntime{
		PodList: []*containertest.FakePod{{Pod: &kubecontainer.Pod{ID: "uid-1", Name: "web", Namespace: "shop"}}},
	}
	pods, _ := fake.GetPods(context.Background(), false)
	status, err := fake.GetPodStatus(context.Background(), "uid-1", "web", "shop")
	fmt.Printf("%s %q %v %v\n", pods[0].Name, status.ID, err, fake.CalledFunctions)
	// Output: web "" <nil> [GetPods GetPodStatus]
}
