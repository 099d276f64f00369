package container_test

import (
	"context"
	"fmt"
	"strconv"
	"time"

	"github.com/go-logr/logr/funcr"
	v1 "k8s.io/api/core/v1"
	"k8s.io/klog/v2"

	kubecontainer "github.com/kubecontainer/kubecontainer/kubelet-1.37/container"
)

// The label value kubelet v1.37 writes on a container: only the name and
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

// A PLEG fills the cache and a pod worker reads it; without the EventedPLEG
// option a Set of older data still replaces the entry.
func ExampleNewCache() {
	podCache := kubecontainer.NewCache()
	relist := time.Date(2025, 12, 17, 9, 0, 0, 0, time.UTC)
	podCache.Set("uid-1", &kubecontainer.PodStatus{ID: "uid-1", Name: "web"}, nil, relist)
	fmt.Println(podCache.Set("uid-1", &kubecontainer.PodStatus{ID: "uid-1", Name: "stale"}, nil, relist.Add(-time.Second)))
	status, _ := podCache.Get("uid-1")
	unknown, _ := podCache.Get("uid-2")
	fmt.Printf("%s %q\n", status.Name, unknown.ID)
	// Output:
	// true
	// stale "uid-2"
}

// A sync result carries the back-off of a crashing container; the pod
// worker asks when to retry.
func ExampleMinBackoffExpiration() {
	retryAt := time.Date(2025, 12, 17, 9, 5, 0, 0, time.UTC)
	start := kubecontainer.NewSyncResult(kubecontainer.StartContainer, "app")
	start.Fail(kubecontainer.NewBackoffError(kubecontainer.ErrCrashLoopBackOff, retryAt), "back-off 5m0s")
	var result kubecontainer.PodSyncResult
	result.AddSyncResult(start)
	err := result.Error()
	fmt.Println(err)
	at, _ := kubecontainer.MinBackoffExpiration(err)
	fmt.Println(at.Format(time.Kitchen))
	// Output:
	// failed to "StartContainer" for "app" with CrashLoopBackOff: "back-off 5m0s"
	// 9:05AM
}

// gcRuntime is a Runtime that only prints its GarbageCollect calls.
type gcRuntime struct{ kubecontainer.Runtime }

func (gcRuntime) GarbageCollect(_ context.Context, p kubecontainer.GCPolicy, ready, evict bool) error {
	fmt.Println("collect, keep", p.MaxPerPodContainer, "per container; evict non-deleted pods:", evict)
	return nil
}

type sourcesReady struct{}

func (sourcesReady) AllReady() bool { return true }

// The GC logs through the logger of its context.
func ExampleNewContainerGC() {
	gc, _ := kubecontainer.NewContainerGC(gcRuntime{}, kubecontainer.GCPolicy{MaxPerPodContainer: 1}, sourcesReady{})
	logger := funcr.New(func(_, args string) { fmt.Println(args) }, funcr.Options{})
	_ = gc.DeleteAllUnusedContainers(klog.NewContext(context.Background(), logger))
	// Output:
	// "level"=0 "msg"="Attempting to delete unused containers"
	// collect, keep 1 per container; evict non-deleted pods: true
}
