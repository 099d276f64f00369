package container_test

import (
	"fmt"

	runtimeapi "k8s.io/cri-api/pkg/apis/runtime/v1"

	kubecontainer "github.com/kubecontainer/kubecontainer/container"
)

func ExampleConvertPodStatusToRunningPod() {
	status := &kubecontainer.PodStatus{
		ID: "8c0f7f0e", Name: "web", Namespace: "default",
		ContainerStatuses: []*kubecontainer.Status{
			{ID: kubecontainer.BuildContainerID("containerd", "a1"), Name: "app", State: kubecontainer.ContainerStateRunning},
			{ID: kubecontainer.BuildContainerID("containerd", "b2"), Name: "init", State: kubecontainer.ContainerStateExited},
		},
		SandboxStatuses: []*runtimeapi.PodSandboxStatus{
			{Id: "s1", State: runtimeapi.PodSandboxState_SANDBOX_NOTREADY},
		},
	}
	pod := kubecontainer.ConvertPodStatusToRunningPod("containerd", status)
	for _, c := range pod.Containers {
		fmt.Println("container", c.Name, c.ID.String(), c.State)
	}
	for _, s := range pod.Sandboxes {
		fmt.Println("sandbox", s.ID.String(), s.State)
	}
	// Output:
	// container app containerd://a1 running
	// sandbox containerd://s1 exited
}
