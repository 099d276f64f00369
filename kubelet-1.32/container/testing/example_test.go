package testing_test

import (
	"context"
	"fmt"

	kubecontainer "github.com/kubecontainer/kubecontainer/kubelet-1.32/container"
	containertest "github.com/kubecontainer/kubecontainer/kubelet-1.32/container/testing"
)

// A FakeRuntime answers from its fields and records every call.
func ExampleFakeRuntime() {
	runtime := &containertest.FakeRuntime{ImageList: []kubecontainer.Image{{ID: "nginx"}}}
	ctx := context.Background()
	ref, _ := runtime.GetImageRef(ctx, kubecontainer.ImageSpec{Image: "nginx"})
	_, _ = runtime.PullImage(ctx, kubecontainer.ImageSpec{Image: "busybox"}, nil, nil)
	images, _ := runtime.ListImages(ctx)
	fmt.Println(ref, len(images), runtime.CalledFunctions)
	// Output: nginx 2 [GetImageRef PullImage ListImages]
}
