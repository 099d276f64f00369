package container_test

import (
	"context"
	"fmt"
	"time"

	kubecontainer "github.com/kubecontainer/kubecontainer/kubelet-1.37/container"
)

// listingRuntime is the part of a Runtime a RuntimeCache uses.
type listingRuntime struct{ lists int }

func (r *listingRuntime) GetPods(_ context.Context, all bool) ([]*kubecontainer.Pod, error) {
	r.lists++
	return []*kubecontainer.Pod{{Name: "web", Namespace: "default"}}, nil
}

func ExampleNewRuntimeCache() {
	runtime := &listingRuntime{}
	pods, _ := kubecontainer.NewRuntimeCache(runtime, 2*time.Second)
	ctx := context.Background()
	for i := 0; i < 3; i++ {
		running, _ := pods.GetPods(ctx)
		fmt.Println(running[0].Namespace + "/" + running[0].Name)
	}
	fmt.Println("runtime listed", runtime.lists, "time(s)")
	// Output:
	// default/web
	// default/web
	// default/web
	// runtime listed 1 time(s)
}
