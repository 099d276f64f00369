package container_test

import (
	"fmt"

	v1 "k8s.io/api/core/v1"

	"github.com/kubecontainer/kubecontainer/container"
)

func ExampleExpandContainerCommandAndArgs() {
	c := &v1.Container{
		Name:    "etcd",
		Command: []string{"etcd"},
		Args:    []string{"--name=$(POD_NAME)", "--data-dir=$(DATA_DIR)", "--cost=$$(PRICE)"},
	}
	envs := []container.EnvVar{{Name: "POD_NAME", Value: "etcd-0"}}
	command, args := container.ExpandContainerCommandAndArgs(c, envs)
	fmt.Println(command)
	for _, arg := range args {
		fmt.Println(arg)
	}
	// Output:
	// [etcd]
	// --name=etcd-0
	// --data-dir=$(DATA_DIR)
	// --cost=$(PRICE)
}

func ExampleExpandContainerCommandOnlyStatic() {
	envs := []v1.EnvVar{
		{Name: "GREETING", Value: "hello"},
		{Name: "TOKEN", ValueFrom: &v1.EnvVarSource{
			SecretKeyRef: &v1.SecretKeySelector{Key: "token"},
		}},
	}
	command := container.ExpandContainerCommandOnlyStatic(
		[]string{"echo", "$(GREETING)", "[$(TOKEN)]", "$(OTHER)"}, envs)
	fmt.Printf("%q\n", command)
	// Output:
	// ["echo" "hello" "[]" "$(OTHER)"]
}

func ExampleExpandContainerVolumeMounts() {
	mount := v1.VolumeMount{Name: "logs", MountPath: "/var/log", SubPathExpr: "$(POD_NAMESPACE)/$(POD_NAME)"}

	subPath, err := container.ExpandContainerVolumeMounts(mount, []container.EnvVar{
		{Name: "POD_NAMESPACE", Value: "prod"},
		{Name: "POD_NAME", Value: "web-0"},
	})
	fmt.Printf("%q %v\n", subPath, err)

	subPath, err = container.ExpandContainerVolumeMounts(mount, []container.EnvVar{
		{Name: "POD_NAMESPACE", Value: ""},
	})
	fmt.Printf("%q %v\n", subPath, err)
	// Output:
	// "prod/web-0" <nil>
	// "" missing value for POD_NAME, POD_NAMESPACE
}
