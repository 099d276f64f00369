package container_test

import (
	"fmt"

	v1 "k8s.io/api/core/v1"
	metav1 "k8s.io/apimachinery/pkg/apis/meta/v1"

	kubecontainer "github.com/kubecontainer/kubecontainer/container"
)

func ExampleGenerateContainerRef() {
	pod := &v1.Pod{
		ObjectMeta: metav1.ObjectMeta{Name: "nginx", Namespace: "default", UID: "8c0f7f0e"},
		Spec:       v1.PodSpec{Containers: []v1.Container{{Name: "nginx"}}},
	}
	ref, _ := kubecontainer.GenerateContainerRef(pod, &pod.Spec.Containers[0])
	fmt.Println(ref.Kind, ref.APIVersion, ref.Namespace, ref.Name, ref.FieldPath)

	// The pod sandbox is not in the spec: its reference is implicit.
	ref, _ = kubecontainer.GenerateContainerRef(pod, &v1.Container{Name: "POD"})
	fmt.Println(ref.FieldPath)
	// Output:
	// Pod v1 default nginx spec.containers{nginx}
	// implicitly required container POD
}
