package container_test

import (
	"fmt"

	runtimeapi "k8s.io/cri-api/pkg/apis/runtime/v1"

	kubecontainer "github.com/kubecontainer/kubecontainer/kubelet-1.37/container"
)

func ExampleConvertPodStatusToRunningPod() {
	status := &kubecontainer.PodStatus{
		ID: "8c0f7f0e", Name: "web", Namespace: "shop",
		ContainerStatuses: []*kubecontainer.Status{
			{ID: kubecontainer.ContainerID{Type: "containerd", ID: "a1"}, Name: "app", State: kubecontainer.ContainerStateRunning, ImageRef: "nginx@sha256:1"},
			{ID: kubecontainer.ContainerID{Type: "containerd", ID: "b2"}, Name: "migrate", State: kubecontainer.ContainerStateExited},
		},
		SandboxStatuses: []*runtimeapi.PodSandboxStatus{{Id: "s1", State: runtimeapi.PodSandboxState_SANDBOX_READY}},
	}
	pod := kubecontainer.ConvertPodStatusToRunningPod("containerd", status)
	for _, c := range pod.Containers {
		fmt.Println("container", c.Name, c.State, c.ImageRef)
	}
	for _, s := range pod.Sandboxes {
		fmt.Println("sandbox", s.ID.Type, s.ID.ID, s.State)
	}
	// Output:
	// container app running nginx@sha256:1
	// sandbox containerd s1 running
}
