package container_test

import (
	"fmt"
	"strconv"

	v1 "k8s.io/api/core/v1"
	"k8s.io/apimachinery/pkg/api/resource"

	"github.com/kubecontainer/kubecontainer/container"
)

// The container of the kubelet's own hash test. The kubelet writes the hash
// in hexadecimal into the io.kubernetes.container.hash label of the
// container it creates; a running container whose label differs from the
// hash of its spec is restarted.
func ExampleHashContainer() {
	optional := true
	c := &v1.Container{
		Name:    "test_container",
		Image:   "foo/image:v1",
		Command: []string{"/bin/testcmd"},
		Args:    []string{"/bin/sh", "-c", "echo abc"},
		Ports:   []v1.ContainerPort{{ContainerPort: 8001}},
		Env: []v1.EnvVar{
			{Name: "ENV_FOO", Value: "bar"},
			{Name: "ENV_BAR", ValueFrom: &v1.EnvVarSource{
				SecretKeyRef: &v1.SecretKeySelector{
					LocalObjectReference: v1.LocalObjectReference{Name: "foo"},
					Key:                  "bar",
					Optional:             &optional,
				},
			}},
		},
		Resources: v1.ResourceRequirements{
			Limits:   v1.ResourceList{"foo": resource.MustParse("1G")},
			Requests: v1.ResourceList{"foo": resource.MustParse("500M")},
		},
	}
	fmt.Println(strconv.FormatUint(container.HashContainer(c), 16))
	fmt.Println(strconv.FormatUint(container.HashContainerWithoutResources(c), 16))
	// Output:
	// 311670a
	// e8022015
}
