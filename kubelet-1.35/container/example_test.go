package container_test

import (
	"context"
	"fmt"
	"strconv"

	"github.com/go-logr/logr/funcr"
	v1 "k8s.io/api/core/v1"
	"k8s.io/klog/v2"

	kubecontainer "github.com/kubecontainer/kubecontainer/kubelet-1.35/container"
	containertest "github.com/kubecontainer/kubecontainer/kubelet-1.35/container/testing"
)

// The label value kubelet v1.35 writes on a container: only the name and
// the image count.
func ExampleHashContainer() {
	spec := v1.Container{Name: "test_container", Image: "foo/image:v1", Args: []string{"--verbose"}}
	fmt.Println(strconv.FormatUint(kubecontainer.HashContainer(&spec), 16))
	spec.Args = nil
	fmt.Println(strconv.FormatUint(kubecontainer.HashContainer(&spec), 16))
	// Output:
	// 8e45cbd0
	// 8e45cbd0
}

// A sidecar of a pod that never restarts, with the kubelet's gates at
// their defaults and with ContainerRestartRules off.
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
	gatesOff := kubecontainer.RestartOptions{DisableContainerRestartRules: true}
	fmt.Println(kubecontainer.ShouldContainerBeRestarted(klog.Background(), sidecar, pod, status))
	fmt.Println(kubecontainer.ShouldContainerBeRestartedWithOptions(klog.Background(), sidecar, pod, status, gatesOff))
	// Output:
	// true
	// false
}

// A container whose rule asks for every container to restart after exit
// code 42: kubelet v1.35 follows it only with RestartAllContainersOnContainerExits
// on, which is off by default.
func ExampleRestartOptions() {
	never := v1.ContainerRestartPolicyNever
	pod := &v1.Pod{Spec: v1.PodSpec{RestartPolicy: v1.RestartPolicyNever, Containers: []v1.Container{{
		Name: "app", RestartPolicy: &never, RestartPolicyRules: []v1.ContainerRestartRule{{
			Action:    v1.ContainerRestartRuleActionRestartAllContainers,
			ExitCodes: &v1.ContainerRestartRuleOnExitCodes{Operator: v1.ContainerRestartRuleOnExitCodesOpIn, Values: []int32{42}},
		}},
	}}}}
	status := &kubecontainer.PodStatus{ContainerStatuses: []*kubecontainer.Status{
		{Name: "app", State: kubecontainer.ContainerStateExited, ExitCode: 42},
	}}
	app := &pod.Spec.Containers[0]
	gateOn := kubecontainer.RestartOptions{EnableRestartAllContainers: true}
	fmt.Println(kubecontainer.ShouldContainerBeRestarted(klog.Background(), app, pod, status))
	fmt.Println(kubecontainer.ShouldContainerBeRestartedWithOptions(klog.Background(), app, pod, status, gateOn))
	// Output:
	// false
	// true
}

// The GC logs through the logger of its context.
func ExampleNewContainerGC() {
	runtime := &containertest.FakeRuntime{}
	gc, _ := kubecontainer.NewContainerGC(runtime, kubecontainer.GCPolicy{}, containertest.NewFakeReadyProvider())
	logger := funcr.New(func(_, args string) { fmt.Println(args) }, funcr.Options{})
	_ = gc.DeleteAllUnusedContainers(klog.NewContext(context.Background(), logger))
	fmt.Println(runtime.CalledFunctions)
	// Output:
	// "level"=0 "msg"="Attempting to delete unused containers"
	// [GarbageCollect]
}
