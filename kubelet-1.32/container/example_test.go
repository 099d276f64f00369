package container_test

import (
	"context"
	"fmt"

	"github.com/stretchr/testify/mock"
	v1 "k8s.io/api/core/v1"
	metav1 "k8s.io/apimachinery/pkg/apis/meta/v1"

	"github.com/kubecontainer/kubecontainer/kubelet-1.32/container"
	containertest "github.com/kubecontainer/kubecontainer/kubelet-1.32/container/testing"
)

// Since kubelet v1.31 the hash covers the name and the image only: a new
// argument keeps it, so the container is not restarted for it.
func ExampleHashContainer() {
	c := &v1.Container{Name: "test_container", Image: "foo/image:v1"}
	before := container.HashContainer(c)
	c.Args = []string{"--verbose"}
	fmt.Printf("%x %t\n", before, before == container.HashContainer(c))
	// Output: 8e45cbd0 true
}

// A sidecar's own restartPolicy does not count in v1.32: a pod with
// restartPolicy Never keeps its exited containers down.
func ExampleShouldContainerBeRestarted() {
	always := v1.ContainerRestartPolicyAlways
	sidecar := &v1.Container{Name: "proxy", RestartPolicy: &always}
	pod := &v1.Pod{Spec: v1.PodSpec{RestartPolicy: v1.RestartPolicyNever, InitContainers: []v1.Container{*sidecar}}}
	status := &container.PodStatus{ContainerStatuses: []*container.Status{
		{Name: "proxy", State: container.ContainerStateExited, ExitCode: 1},
	}}
	fmt.Println(container.ShouldContainerBeRestarted(sidecar, pod, status))
	// Output: false
}

// $(VAR) references take their values from the environment; "$$" escapes
// a "$" and unknown names stay as written.
func ExampleExpandContainerCommandAndArgs() {
	c := &v1.Container{Command: []string{"echo", "$(GREETING), $(NAME)", "$$(HOME)"}}
	command, _ := container.ExpandContainerCommandAndArgs(c, []container.EnvVar{{Name: "GREETING", Value: "hello"}})
	fmt.Printf("%q\n", command)
	// Output: ["echo" "hello, $(NAME)" "$(HOME)"]
}

// Code written against kubelet v1.32's package, such as OpenKruise's
// in-place update and node daemon or KubeEdge's edgemark, works against
// this line once the import path is changed: here an image change is
// found by the hash the kubelet recorded, and a post-start hook runs
// through a HandlerRunner (a mock, as their tests use).
func Example_inPlaceUpdate() {
	pod := &v1.Pod{ObjectMeta: metav1.ObjectMeta{Name: "web", Namespace: "default", UID: "uid-1"},
		Spec: v1.PodSpec{Containers: []v1.Container{{Name: "app", Image: "nginx:1.27"}}}}
	status := &container.PodStatus{ContainerStatuses: []*container.Status{{
		ID: container.ContainerID{Type: "containerd", ID: "c1"}, Name: "app", State: container.ContainerStateRunning,
		Hash: container.HashContainer(&pod.Spec.Containers[0]),
	}}}
	spec := container.GetContainerSpec(pod, "app")
	spec.Image = "nginx:1.28"
	running := status.FindContainerStatusByName("app")
	ref, _ := container.GenerateContainerRef(pod, spec)
	fmt.Println(running.ID.String(), running.Hash != container.HashContainer(spec), ref.FieldPath)

	var runner container.HandlerRunner = &containertest.MockHandlerRunner{}
	runner.(*containertest.MockHandlerRunner).EXPECT().Run(mock.Anything, running.ID, pod, spec, mock.Anything).Return("", nil)
	_, err := runner.Run(context.Background(), running.ID, pod, spec, &v1.LifecycleHandler{})
	var osInterface container.OSInterface = &containertest.FakeOS{HostName: "edge-node"}
	host, _ := osInterface.Hostname()
	fmt.Println(err, host)
	// Output:
	// containerd://c1 true spec.containers{app}
	// <nil> edge-node
}
