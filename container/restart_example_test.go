package container_test

import (
	"fmt"

	v1 "k8s.io/api/core/v1"

	kubecontainer "github.com/kubecontainer/kubecontainer/container"
)

func ExampleShouldContainerBeRestarted() {
	pod := &v1.Pod{Spec: v1.PodSpec{
		RestartPolicy: v1.RestartPolicyOnFailure,
		Containers:    []v1.Container{{Name: "job"}, {Name: "sidecar"}, {Name: "new"}},
	}}
	status := &kubecontainer.PodStatus{ContainerStatuses: []*kubecontainer.Status{
		{Name: "job", State: kubecontainer.ContainerStateExited, ExitCode: 0},
		{Name: "sidecar", State: kubecontainer.ContainerStateExited, ExitCode: 137},
	}}
	for i := range pod.Spec.Containers {
		c := &pod.Spec.Containers[i]
		fmt.Println(c.Name, kubecontainer.ShouldContainerBeRestarted(c, pod, status))
	}
	// Output:
	// job false
	// sidecar true
	// new true
}
