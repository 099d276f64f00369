package container_test

import (
	"fmt"
	"strconv"

	v1 "k8s.io/api/core/v1"
	metav1 "k8s.io/apimachinery/pkg/apis/meta/v1"

	kubecontainer "github.com/kubecontainer/kubecontainer/kubelet-1.37/container"
)

// The label value kubelet v1.37 writes on a container, and a check that a
// running container still matches its spec.
func ExampleHashContainer() {
	spec := v1.Container{Name: "test_container", Image: "foo/image:v1", Args: []string{"--verbose"}}
	label := strconv.FormatUint(kubecontainer.HashContainer(&spec), 16)
	fmt.Println(label)

	spec.Args = nil // only the name and the image count
	fmt.Println(strconv.FormatUint(kubecontainer.HashContainer(&spec), 16) == label)
	// Output:
	// 8e45cbd0
	// true
}

func ExampleExpandContainerCommandAndArgs() {
	spec := &v1.Container{
		Command: []string{"/server", "--listen=$(POD_IP):$(PORT)"},
		Args:    []string{"--price=5$€", "$$(PORT)", "$(UNSET)"},
	}
	envs := []kubecontainer.EnvVar{{Name: "POD_IP", Value: "10.244.0.7"}, {Name: "PORT", Value: "8080"}}
	command, args := kubecontainer.ExpandContainerCommandAndArgs(spec, envs)
	fmt.Printf("%q\n%q\n", command, args)
	// Output:
	// ["/server" "--listen=10.244.0.7:8080"]
	// ["--price=5$€" "$(PORT)" "$(UNSET)"]
}

func ExampleExpandContainerCommandOnlyStatic() {
	envs := []v1.EnvVar{
		{Name: "MODE", Value: "fast"},
		{Name: "TOKEN", ValueFrom: &v1.EnvVarSource{SecretKeyRef: &v1.SecretKeySelector{Key: "token"}}},
	}
	fmt.Printf("%q\n", kubecontainer.ExpandContainerCommandOnlyStatic([]string{"run", "--mode=$(MODE)", "--token=$(TOKEN)"}, envs))
	// Output: ["run" "--mode=fast" "--token="]
}

func ExampleExpandContainerVolumeMounts() {
	envs := []kubecontainer.EnvVar{{Name: "POD_NAME", Value: "web-0"}, {Name: "EMPTY"}}
	path, err := kubecontainer.ExpandContainerVolumeMounts(v1.VolumeMount{SubPathExpr: "logs/$(POD_NAME)"}, envs)
	fmt.Printf("%q %v\n", path, err)
	path, err = kubecontainer.ExpandContainerVolumeMounts(v1.VolumeMount{SubPathExpr: "$(NODE)/$(EMPTY)"}, envs)
	fmt.Printf("%q %v\n", path, err)
	// Output:
	// "logs/web-0" <nil>
	// "" missing value for EMPTY, NODE
}

func ExampleParsePodFullName() {
	name, namespace, err := kubecontainer.ParsePodFullName("coredns-5d78c9869d-x2x8k_kube-system")
	fmt.Println(name, namespace, err)
	_, _, err = kubecontainer.ParsePodFullName("my_pod_default")
	fmt.Println(err)
	// Output:
	// coredns-5d78c9869d-x2x8k kube-system <nil>
	// failed to parse the pod full name "my_pod_default"
}

func ExampleGenerateContainerRef() {
	pod := &v1.Pod{
		ObjectMeta: metav1.ObjectMeta{Name: "web-0", Namespace: "prod", UID: "7c1f"},
		Spec:       v1.PodSpec{Containers: []v1.Container{{Name: "app"}}},
	}
	ref, _ := kubecontainer.GenerateContainerRef(pod, &pod.Spec.Containers[0])
	fmt.Println(ref.Kind, ref.APIVersion, ref.Name, ref.FieldPath)
	sandbox, _ := kubecontainer.GenerateContainerRef(pod, &v1.Container{Name: "POD"})
	fmt.Println(sandbox.FieldPath)
	// Output:
	// Pod v1 web-0 spec.containers{app}
	// implicitly required container POD
}
