package testing

import (
	"context"

	runtimeapi "k8s.io/cri-api/pkg/apis/runtime/v1"

	"github.com/kubecontainer/kubecontainer/internal/fakes"
	kubecontainer "github.com/kubecontainer/kubecontainer/kubelet-1.35/container"
	"github.com/kubecontainer/kubecontainer/kubelet-1.35/credentialprovider"
)

// PullImage adds the image to ImageList unless Err is set and returns
// image.Image, the first of creds and Err; with BlockImagePulls it first
// waits, unlocked, for a token, its context's end, or an error (returned
// alone).
func (f *FakeRuntime) PullImage(ctx context.Context, image kubecontainer.ImageSpec, creds []credentialprovider.TrackedAuthConfig, podSandboxConfig *runtimeapi.PodSandboxConfig) (string, *credentialprovider.TrackedAuthConfig, error) {
	var used *credentialprovider.TrackedAuthConfig
	var err error
	failed, pullErr := f.imagePulls.Pull(ctx, f, func() bool {
		f.CalledFunctions = append(f.CalledFunctions, "PullImage")
		if f.Err == nil {
			f.ImageList = append(f.ImageList, kubecontainer.Image{ID: image.Image, Spec: image})
		}
		if len(creds) > 0 {
			used = &creds[0]
		}
		err = f.Err
		return f.BlockImagePulls
	})
	if failed {
		return "", nil, pullErr
	}
	return image.Image, used, err
}

// UnblockImagePulls offers count tokens: each releases a waiting pull, one
// is kept for the next, the rest are lost, as are all before a pull blocks.
func (f *FakeRuntime) UnblockImagePulls(count int) { f.imagePulls.Unblock(count) }

// SendImagePullError hands err to a waiting pull, or keeps it for the next.
func (f *FakeRuntime) SendImagePullError(err error) { f.imagePulls.SendError(err) }

// GetImageRef returns image.Image when ImageList has it, else InspectErr.
func (f *FakeRuntime) GetImageRef(_ context.Context, image kubecontainer.ImageSpec) (string, error) {
	return fakes.RecordCallAnswer(f, &f.CalledFunctions, "GetImageRef", func() (string, error) {
		return fakes.ImageRef(f.ImageList, imageID, image.Image, f.InspectErr)
	})
}

// GetImageSize returns 0 and Err.
func (f *FakeRuntime) GetImageSize(_ context.Context, image kubecontainer.ImageSpec) (uint64, error) {
	return 0, fakes.RecordCall(f, &f.CalledFunctions, "GetImageSize", &f.Err)
}

// ListImages returns a copy of ImageList, never nil, and Err.
func (f *FakeRuntime) ListImages(_ context.Context) ([]kubecontainer.Image, error) {
	return fakes.RecordCallAnswer(f, &f.CalledFunctions, "ListImages", func() ([]kubecontainer.Image, error) {
		return append([]kubecontainer.Image{}, f.ImageList...), f.Err
	})
}

// RemoveImage deletes the image from ImageList in place and returns Err; as
// upstream's, it deletes the first image when none matches.
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

// ImageFsInfo returns ImageFsStats, ContainerFsStats and Err.
func (f *FakeRuntime) ImageFsInfo(_ context.Context) (*runtimeapi.ImageFsInfoResponse, error) {
	return fakes.RecordCallAnswer(f, &f.CalledFunctions, "ImageFsInfo", func() (*runtimeapi.ImageFsInfoResponse, error) {
		return &runtimeapi.ImageFsInfoResponse{ImageFilesystems: f.ImageFsStats, ContainerFilesystems: f.ContainerFsStats}, f.Err
	})
}

// SetImageFsStats sets ImageFsStats; it records nothing.
func (f *FakeRuntime) SetImageFsStats(val []*runtimeapi.FilesystemUsage) {
	f.Lock()
	defer f.Unlock()
	f.ImageFsStats = val
}

// SetContainerFsStats sets ContainerFsStats; it records nothing.
func (f *FakeRuntime) SetContainerFsStats(val []*runtimeapi.FilesystemUsage) {
	f.Lock()
	defer f.Unlock()
	f.ContainerFsStats = val
}

// imageID returns the ID of an image.
func imageID(image kubecontainer.Image) string { return image.ID }
