package container_test

import (
	"fmt"

	v1 "k8s.io/api/core/v1"

	"github.com/kubecontainer/kubecontainer/kubelet-1.32/container"
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
