package testing_test

import (
	"context"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"time"

	v1 "k8s.io/api/core/v1"

	kubecontainer "github.com/kubecontainer/kubecontainer/container"
	containertest "github.com/kubecontainer/kubecontainer/container/testing"
)

// killOrphans is kubelet-style code under test: it kills every running pod
// that is not in the desired set, reading the pods through a RuntimeCache.
func killOrphans(ctx context.Context, runtime kubecontainer.Runtime, cache kubecontainer.RuntimeCache, desired map[string]bool) error {
	pods, err := cache.GetPods(ctx)
	if err != nil {
		return err
	}
	for _, pod := range pods {
		if desired[pod.Name] {
			continue
		}
		if err := runtime.KillPod(ctx, nil, *pod, nil); err != nil {
			return err
		}
	}
	return nil
}

// A FakeRuntime behind a real RuntimeCache: the test sets the pods the
// runtime reports, runs the code, and checks what it did.
func ExampleFakeRuntime() {
	ctx := context.Background()
	fakeRuntime := &containertest.FakeRuntime{}
	fakeRuntime.PodList = []*containertest.FakePod{
		{Pod: &kubecontainer.Pod{ID: "uid-web", Name: "web", Namespace: "default",
			Containers: []*kubecontainer.Container{{Name: "nginx"}}}},
		{Pod: &kubecontainer.Pod{ID: "uid-old", Name: "old", Namespace: "default",
			Containers: []*kubecontainer.Container{{Name: "app"}, {Name: "sidecar"}}}},
	}
	runtimeCache, err := kubecontainer.NewRuntimeCache(fakeRuntime, time.Minute)
	if err != nil {
		panic(err)
	}

	if err := killOrphans(ctx, fakeRuntime, runtimeCache, map[string]bool{"web": true}); err != nil {
		panic(err)
	}
	// In a test: fakeRuntime.T = t; fakeRuntime.AssertKilledPods([]string{"uid-old"}).
	fmt.Println(fakeRuntime.CalledFunctions)
	fmt.Println(fakeRuntime.KilledPods, fakeRuntime.KilledContainers)

	// A second pass within the cache period reads the cached pods.
	fakeRuntime.ClearCalls()
	_ = killOrphans(ctx, fakeRuntime, runtimeCache, map[string]bool{"web": true, "old": true})
	fmt.Println(fakeRuntime.CalledFunctions)
	// Output:
	// [GetPods KillPod]
	// [uid-old] [app sidecar]
	// []
}

// linkContainerLog is file-handling code under test: it creates the pod's log
// directory and links the container's log into it.
func linkContainerLog(osi kubecontainer.OSInterface, podLogDir, containerName, realLog string) error {
	if err := osi.MkdirAll(podLogDir, 0o755); err != nil {
		return fmt.Errorf("creating %s: %w", podLogDir, err)
	}
	link := filepath.Join(podLogDir, containerName+".log")
	if _, err := osi.Stat(link); err == nil {
		if err := osi.Remove(link); err != nil {
			return err
		}
	}
	return osi.Symlink(realLog, link)
}

// FakeOS records what file-handling code does, without a filesystem: the
// hooks see each call and decide its result.
func ExampleFakeOS() {
	var symlinks []string
	fakeOS := &containertest.FakeOS{
		SymlinkFn: func(oldname, newname string) error {
			symlinks = append(symlinks, newname+" -> "+oldname)
			return nil
		},
		StatFn: func(path string) (os.FileInfo, error) {
			return nil, nil // pretend every path exists
		},
	}
	err := linkContainerLog(fakeOS, "/var/log/pods/default_web_uid", "nginx", "/var/lib/containerd/abc.log")
	fmt.Println(err)
	fmt.Println(symlinks)
	fmt.Println(fakeOS.Removes)

	fakeOS.MkdirAllFn = func(string, os.FileMode) error { return errors.New("read-only file system") }
	fmt.Println(linkContainerLog(fakeOS, "/var/log/pods/x", "c", "/log"))
	// Output:
	// <nil>
	// [/var/log/pods/default_web_uid/nginx.log -> /var/lib/containerd/abc.log]
	// [/var/log/pods/default_web_uid/nginx.log]
	// creating /var/log/pods/x: read-only file system
}

// NewFakeCache answers from the runtime's PodStatus, and never blocks.
func ExampleNewFakeCache() {
	fakeRuntime := &containertest.FakeRuntime{
		PodStatus: kubecontainer.PodStatus{ID: "uid-web", Name: "web", Namespace: "default"},
	}
	cache := containertest.NewFakeCache(fakeRuntime)
	status, err := cache.GetNewerThan("uid-web", time.Now().Add(time.Hour))
	fmt.Println(status.Name, err, fakeRuntime.CalledFunctions)
	// Output:
	// web <nil> [GetPodStatus]
}

// RunContainerInPod takes a volume map of this package's VolumePlugin; the
// fake only records the container and adds it to the pod.
func ExampleFakeRuntime_RunContainerInPod() {
	fakeRuntime := &containertest.FakeRuntime{}
	pod := &v1.Pod{}
	_ = fakeRuntime.RunContainerInPod(v1.Container{Name: "debug"}, pod, map[string]containertest.VolumePlugin{})
	fmt.Println(fakeRuntime.StartedContainers, len(pod.Spec.Containers))
	// Output:
	// [debug] 1
}
