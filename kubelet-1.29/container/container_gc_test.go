package container_test

import (
	"context"
	"errors"
	"testing"

	runtimeapi "k8s.io/cri-api/pkg/apis/runtime/v1"

	"github.com/kubecontainer/kubecontainer/kubelet-1.29/container"
	containertest "github.com/kubecontainer/kubecontainer/kubelet-1.29/container/testing"
)

// TestIsContainerFsSeparateFromImageFs checks the GC method v1.29 added
// (v1.32 dropped it), which asks the runtime's ImageFsInfo.
func TestIsContainerFsSeparateFromImageFs(t *testing.T) {
	mounted := func(mountpoint string) []*runtimeapi.FilesystemUsage {
		return []*runtimeapi.FilesystemUsage{{FsId: &runtimeapi.FilesystemIdentifier{Mountpoint: mountpoint}}}
	}
	tests := []struct {
		name             string
		image, container []*runtimeapi.FilesystemUsage
		err              error
		want             bool
	}{
		{name: "split", image: mounted("/images"), container: mounted("/containers"), want: true},
		{name: "one filesystem", image: mounted("/var"), container: mounted("/var"), want: false},
		{name: "no container filesystems", image: mounted("/images"), want: false},
		{name: "ImageFsInfo fails", image: mounted("/images"), container: mounted("/containers"), err: errors.New("down"), want: false},
	}
	for _, tt := range tests {
		runtime := &containertest.FakeRuntime{Err: tt.err, T: t}
		runtime.SetImageFsStats(tt.image)
		runtime.SetContainerFsStats(tt.container)
		gc, err := container.NewContainerGC(runtime, container.GCPolicy{}, containertest.NewFakeReadyProvider())
		if err != nil {
			t.Fatal(err)
		}
		if got := gc.IsContainerFsSeparateFromImageFs(context.Background()); got != tt.want {
			t.Errorf("%s: IsContainerFsSeparateFromImageFs = %t, want %t", tt.name, got, tt.want)
		}
		runtime.AssertCalls([]string{"ImageFsInfo"})
	}
}
