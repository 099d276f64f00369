package container_test

import (
	"fmt"

	v1 "k8s.io/api/core/v1"

	kubecontainer "github.com/kubecontainer/kubecontainer/kubelet-1.37/container"
)

func ExampleShouldAllContainersRestart() {
	pod := &v1.Pod{Spec: v1.PodSpec{Containers: []v1.Container{{
		Name: "trainer",
		RestartPolicyRules: []v1.ContainerRestartRule{{
			Action:    v1.ContainerRestartRuleActionRestartAllContainers,
			ExitCodes: &v1.ContainerRestartRuleOnExitCodes{Operator: v1.ContainerRestartRuleOnExitCodesOpIn, Values: []int32{75}},
		}},
	}}}}
	status := &kubecontainer.PodStatus{ContainerStatuses: []*kubecontainer.Status{
		{Name: "trainer", State: kubecontainer.ContainerStateExited, ExitCode: 75},
	}}
	fmt.Println("restart all:", kubecontainer.ShouldAllContainersRestart(pod, status, nil))
	fmt.Println("cleaned up:", kubecontainer.AllContainersRestartCleanedUp(pod, status))
	fmt.Println("after removal:", kubecontainer.AllContainersRestartCleanedUp(pod, &kubecontainer.PodStatus{}))
	// Output:
	// restart all: true
	// cleaned up: false
	// after removal: true
}
