package container_test

import (
	"context"
	"encoding/json"
	"fmt"
	"strconv"
	"time"

	v1 "k8s.io/api/core/v1"
	"k8s.io/apimachinery/pkg/api/resource"

	kubecontainer "github.com/kubecontainer/kubecontainer/container"
)

// The label values of upstream's hash test container: the whole spec
// counts, resources included unless they are dropped.
func ExampleHashContainer() {
	optional := true
	c := &v1.Container{
		Name: "test_container", Image: "foo/image:v1", Command: []string{"/bin/testcmd"},
		Args:  []string{"/bin/sh", "-c", "echo abc"},
		Ports: []v1.ContainerPort{{ContainerPort: 8001}},
		Env: []v1.EnvVar{{Name: "ENV_FOO", Value: "bar"}, {Name: "ENV_BAR", ValueFrom: &v1.EnvVarSource{
			SecretKeyRef: &v1.SecretKeySelector{LocalObjectReference: v1.LocalObjectReference{Name: "foo"}, Key: "bar", Optional: &optional},
		}}},
		Resources: v1.ResourceRequirements{
			Limits:   v1.ResourceList{"foo": resource.MustParse("1G")},
			Requests: v1.ResourceList{"foo": resource.MustParse("500M")},
		},
	}
	fmt.Println(strconv.FormatUint(kubecontainer.HashContainer(c), 16))
	fmt.Println(strconv.FormatUint(kubecontainer.HashContainerWithoutResources(c), 16))
	// Output:
	// 311670a
	// e8022015
}

func ExampleExpandContainerCommandAndArgs() {
	c := &v1.Container{Command: []string{"etcd"}, Args: []string{"--name=$(POD_NAME)", "--data-dir=$(DATA_DIR)", "--cost=$$(PRICE)"}}
	command, args := kubecontainer.ExpandContainerCommandAndArgs(c, []kubecontainer.EnvVar{{Name: "POD_NAME", Value: "etcd-0"}})
	fmt.Printf("%q %q\n", command, args)
	// Output: ["etcd"] ["--name=etcd-0" "--data-dir=$(DATA_DIR)" "--cost=$(PRICE)"]
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

// A ContainerID encodes as its text only through a pointer.
func ExampleContainerID_MarshalJSON() {
	id := kubecontainer.BuildContainerID("cri-o", "abc")
	byPointer, _ := json.Marshal(&id)
	byValue, _ := json.Marshal(id)
	fmt.Println(string(byPointer), string(byValue))
	// Output: "cri-o://abc" {"Type":"cri-o","ID":"abc"}
}

func ExampleShouldContainerBeRestarted() {
	pod := &v1.Pod{Spec: v1.PodSpec{
		RestartPolicy: v1.RestartPolicyOnFailure,
		Containers:    []v1.Container{{Name: "job"}, {Name: "sidecar"}, {Name: "new"}},
	}}
	status := &kubecontainer.PodStatus{ContainerStatuses: []*kubecontainer.Status{
		{Name: "job", State: kubecontainer.ContainerStateExited, ExitCode: 0},
		{Name: "sidecar", State: kubecontainer.ContainerStateExited, ExitCode: 137},
	}}
	for i := range pod.Spec.Containers {
		c := &pod.Spec.Containers[i]
		fmt.Println(c.Name, kubecontainer.ShouldContainerBeRestarted(c, pod, status))
	}
	// Output:
	// job false
	// sidecar true
	// new true
}

// With the EventedPLEG gate off, the v1.27 default, Set stores older data
// too; with the option, it keeps the newer entry.
func ExampleNewCacheWithOptions() {
	start := time.Date(2023, 4, 11, 12, 0, 0, 0, time.UTC)
	for _, cache := range []kubecontainer.Cache{
		kubecontainer.NewCache(),
		kubecontainer.NewCacheWithOptions(kubecontainer.CacheOptions{EventedPLEG: true}),
	} {
		cache.Set("pod-a", &kubecontainer.PodStatus{ID: "pod-a", Name: "new"}, nil, start.Add(time.Second))
		updated := cache.Set("pod-a", &kubecontainer.PodStatus{ID: "pod-a", Name: "old"}, nil, start)
		status, _ := cache.Get("pod-a")
		fmt.Println(updated, status.Name)
	}
	// Output:
	// true old
	// false new
}

// podCountingRuntime is the part of a Runtime a RuntimeCache uses: each
// call returns one more pod.
type podCountingRuntime struct{ calls int }

func (r *podCountingRuntime) GetPods(context.Context, bool) ([]*kubecontainer.Pod, error) {
	r.calls++
	return make([]*kubecontainer.Pod, r.calls), nil
}

func ExampleNewRuntimeCache() {
	runtime := &podCountingRuntime{}
	cache, _ := kubecontainer.NewRuntimeCache(runtime, time.Hour)
	ctx := context.Background()
	for i := 0; i < 2; i++ {
		pods, _ := cache.GetPods(ctx) // the first call fills the cache, the second reads it
		fmt.Println(len(pods), runtime.calls)
	}
	_ = cache.ForceUpdateIfOlder(ctx, time.Now().Add(time.Minute))
	pods, _ := cache.GetPods(ctx)
	fmt.Println(len(pods), runtime.calls)
	// Output:
	// 1 1
	// 1 1
	// 2 2
}
