package container_test

import (
	"fmt"

	v1 "k8s.io/api/core/v1"
	metav1 "k8s.io/apimachinery/pkg/apis/meta/v1"

	kubecontainer "github.com/kubecontainer/kubecontainer/container"
)

func ExampleGetPodFullName() {
	pod := &v1.Pod{ObjectMeta: metav1.ObjectMeta{Name: "nginx", Namespace: "default"}}
	fmt.Println(kubecontainer.GetPodFullName(pod))
	// Output: nginx_default
}

func ExampleParsePodFullName() {
	name, namespace, err := kubecontainer.ParsePodFullName("nginx_default")
	fmt.Println(name, namespace, err)

	// A "_" inside the name makes the full name ambiguous.
	_, _, err = kubecontainer.ParsePodFullName(kubecontainer.BuildPodFullName("my_pod", "default"))
	fmt.Println(err)
	// Output:
	// nginx default <nil>
	// failed to parse the pod full name "my_pod_default"
}
