package defaults_test

import (
	"fmt"

	v1 "k8s.io/api/core/v1"
	"k8s.io/apimachinery/pkg/api/resource"

	"github.com/kubecontainer/kubecontainer/cmd/kubecontainer/internal/defaults"
)

func ExamplePod() {
	pod := &v1.Pod{Spec: v1.PodSpec{Containers: []v1.Container{{
		Name:  "app",
		Image: "nginx",
		Ports: []v1.ContainerPort{{ContainerPort: 80}},
		Resources: v1.ResourceRequirements{
			Limits: v1.ResourceList{v1.ResourceCPU: resource.MustParse("500m")},
		},
		ResizePolicy: []v1.ContainerResizePolicy{{ResourceName: v1.ResourceCPU, RestartPolicy: v1.NotRequired}},
	}}}}
	dropped := defaults.Pod(pod)

	c := pod.Spec.Containers[0]
	fmt.Println("dropped:", dropped)
	fmt.Println("imagePullPolicy:", c.ImagePullPolicy)
	fmt.Println("terminationMessage:", c.TerminationMessagePath, c.TerminationMessagePolicy)
	fmt.Println("port protocol:", c.Ports[0].Protocol)
	cpu := c.Resources.Requests[v1.ResourceCPU]
	fmt.Println("cpu request:", cpu.String())
	// Output:
	// dropped: [spec.containers[0].resizePolicy]
	// imagePullPolicy: Always
	// terminationMessage: /dev/termination-log File
	// port protocol: TCP
	// cpu request: 500m
}
