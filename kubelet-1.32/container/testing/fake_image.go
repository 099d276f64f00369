package testing

import (
	"context"

	v1 "k8s.io/api/core/v1"
	runtimeapi "k8s.io/cri-api/pkg/apis/runtime/v1"

	"github.com/kubecontainer/kubecontainer/internal/fakes"
	kubecontainer "github.com/kubecontainer/kubecontainer/kubelet-1.32/container"
)

// PullImage records the call, appends Image{ID: image.Image, Spec: image}
// to ImageList unless Err is set (no duplicate check), and returns
// image.Image and Err. With BlockImagePulls it first waits, unlocked, for
// a token of UnblockImagePulls or the end of ctx, and still returns the
// Err of its start, never a context error.
func (f *FakeRuntime) PullImage(ctx context.Context, image kubecontainer.ImageSpec, pullSecrets []v1.Secret, podSandboxConfig *runtimeapi.PodSandboxConfig) (string, error) {
	var err error
	// Nothing sends errors to the pulls of a v1.32 fake.
	_, _ = f.imagePulls.Pull(ctx, f, func() bool {
		f.CalledFunctions = append(f.CalledFunctions, "PullImage")
		if f.Err == nil {
			f.ImageList = append(f.ImageList, kubecontainer.Image{ID: image.Image, Spec: image})
		}
		err = f.Err
		return f.BlockImagePulls
	})
	return image.Image, err
}

// UnblockImagePulls offers count tokens to blocked pulls without taking
// the mutex: each goes to a waiting pull or into the bucket's one slot, or
// is dropped. Before a pull has blocked there is no bucket and nothing
// happens.
func (f *FakeRuntime) UnblockImagePulls(count int) {
	f.imagePulls.Unblock(count)
}

// GetImageRef returns image.Image and nil when ImageList has an image of
// that ID, else "" and InspectErr.
func (f *FakeRuntime) GetImageRef(_ context.Context, image kubecontainer.ImageSpec) (string, error) {
	return fakes.RecordCallAnswer(f, &f.CalledFunctions, "GetImageRef", func() (string, error) {
		return fakes.ImageRef(f.ImageList, imageID, image.Image, f.InspectErr)
	})
}

// ListImages returns a copy of ImageList (empty, not nil, for none) and
// Err.
func (f *FakeRuntime) ListImages(_ context.Context) ([]kubecontainer.Image, error) {
	return fakes.RecordCallAnswer(f, &f.CalledFunctions, "ListImages", func() ([]kubecontainer.Image, error) {
		return append([]kubecontainer.Image{}, f.ImageList...), f.Err
	})
}

// GetImageSize returns 0 and Err.
func (f *FakeRuntime) GetImageSize(_ context.Context, image kubecontainer.ImageSpec) (uint64, error) {
	return 0, fakes.RecordCall(f, &f.CalledFunctions, "GetImageSize", &f.Err)
}

// RemoveImage deletes, in place and even when Err is set, the first image
// of ImageList of ID image.Image (the first image of all when none has
// it; an empty list panics), and returns Err.
func (f *FakeRuntime) RemoveImage(_ context.Context, image kubecontainer.ImageSpec) error {
	return fakes.RecordCallUpdate(f, &f.CalledFunctions, "RemoveImage", func() error {
		f.ImageList = fakes.RemoveImage(f.ImageList, imageID, image.Image)
		return f.Err
	})
}

// ImageStats returns nil and Err.
func (f *FakeRuntime) ImageStats(_ context.Context) (*kubecontainer.ImageStats, error) {
	return nil, fakes.RecordCall(f, &f.CalledFunctions, "ImageStats", &f.Err)
}

// ImageFsInfo returns, with Err, a response of ImageFsStats and
// ContainerFsStats, the slices themselves.
func (f *FakeRuntime) ImageFsInfo(_ context.Context) (*runtimeapi.ImageFsInfoResponse, error) {
	return fakes.RecordCallAnswer(f, &f.CalledFunctions, "ImageFsInfo", func() (*runtimeapi.ImageFsInfoResponse, error) {
		return &runtimeapi.ImageFsInfoResponse{ImageFilesystems: f.ImageFsStats, ContainerFilesystems: f.ContainerFsStats}, f.Err
	})
}

// SetImageFsStats sets ImageFsStats under the lock, recording nothing.
func (f *FakeRuntime) SetImageFsStats(val []*runtimeapi.FilesystemUsage) {
	f.Lock()
	defer f.Unlock()
	f.ImageFsStats = val
}

// SetContainerFsStats sets ContainerFsStats under the lock, recording
// nothing.
func (f *FakeRuntime) SetContainerFsStats(val []*runtimeapi.FilesystemUsage) {
	f.Lock()
	defer f.Unlock()
	f.ContainerFsStats = val
}

// imageID returns an image's ID.
func imageID(image kubecontainer.Image) string { return image.ID }
