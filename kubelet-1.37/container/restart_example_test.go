package container_test

import (
	"fmt"

	v1 "k8s.io/api/core/v1"
	"k8s.io/klog/v2"

	kubecontainer "github.com/kubecontainer/kubecontainer/kubelet-1.37/container"
)

func ExampleShouldContainerBeRestarted() {
	never := v1.ContainerRestartPolicyNever
	retry := []v1.ContainerRestartRule{{
		Action:    v1.ContainerRestartRuleActionRestart,
		ExitCodes: &v1.ContainerRestartRuleOnExitCodes{Operator: v1.ContainerRestartRuleOnExitCodesOpIn, Values: []int32{42}},
	}}
	pod := &v1.Pod{Spec: v1.PodSpec{
		RestartPolicy: v1.RestartPolicyOnFailure,
		Containers: []v1.Container{
			{Name: "job"},
			{Name: "worker", RestartPolicy: &never, RestartPolicyRules: retry},
		},
	}}
	status := &kubecontainer.PodStatus{ContainerStatuses: []*kubecontainer.Status{
		{Name: "job", State: kubecontainer.ContainerStateExited, ExitCode: 0},
		{Name: "worker", State: kubecontainer.ContainerStateExited, ExitCode: 42},
	}}
	for i := range pod.Spec.Containers {
		c := &pod.Spec.Containers[i]
		fmt.Println(c.Name, kubecontainer.ShouldContainerBeRestarted(klog.Background(), c, pod, status))
	}
	// Output:
	// job false
	// worker true
}

func ExampleShouldContainerBeRestartedWithOptions() {
	always := v1.ContainerRestartPolicyAlways
	pod := &v1.Pod{Spec: v1.PodSpec{
		RestartPolicy:  v1.RestartPolicyNever,
		InitContainers: []v1.Container{{Name: "sidecar", RestartPolicy: &always}},
	}}
	status := &kubecontainer.PodStatus{ContainerStatuses: []*kubecontainer.Status{
		{Name: "sidecar", State: kubecontainer.ContainerStateExited, ExitCode: 1},
	}}
	sidecar := &pod.Spec.InitContainers[0]
	gatesOff := kubecontainer.RestartOptions{DisableContainerRestartRules: true, DisableRestartAllContainers: true}
	fmt.Println("defaults:", kubecontainer.ShouldContainerBeRestartedWithOptions(klog.Background(), sidecar, pod, status, kubecontainer.RestartOptions{}))
	fmt.Println("ContainerRestartRules off:", kubecontainer.ShouldContainerBeRestartedWithOptions(klog.Background(), sidecar, pod, status, gatesOff))
	// Output:
	// defaults: true
	// ContainerRestartRules off: false
}
