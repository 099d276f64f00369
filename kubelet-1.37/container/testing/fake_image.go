package testing

import (
	"context"

	runtimeapi "k8s.io/cri-api/pkg/apis/runtime/v1"

	"github.com/kubecontainer/kubecontainer/internal/fakes"
	kubecontainer "github.com/kubecontainer/kubecontainer/kubelet-1.37/container"
	"github.com/kubecontainer/kubecontainer/kubelet-1.37/credentialprovider"
)

// PullImage appends Image{ID: image.Image, Spec: image} to ImageList when
// Err is nil, and returns image.Image, the first of creds (nil for none)
// and Err. With BlockImagePulls it first waits, without the lock, for a
// token of UnblockImagePulls (then returns as above, also when its context
// ends the wait) or an error of SendImagePullError (then returns "", nil
// and that error).
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

// UnblockImagePulls offers count tokens to blocked pulls: each goes to a
// waiting pull or into the bucket's single slot, else it is dropped; before
// a pull has blocked they are lost. It does not take the embedded mutex.
func (f *FakeRuntime) UnblockImagePulls(count int) { f.imagePulls.Unblock(count) }

// SendImagePullError hands err to a waiting blocked pull, or keeps it for
// the next one (one at most; a further one is dropped). It does not take
// the embedded mutex.
func (f *FakeRuntime) SendImagePullError(err error) { f.imagePulls.SendError(err) }

// GetImageRef returns image.Image when ImageList has an image of that ID,
// else "" and InspectErr.
func (f *FakeRuntime) GetImageRef(_ context.Context, image kubecontainer.ImageSpec) (string, error) {
	return fakes.RecordCallAnswer(f, &f.CalledFunctions, "GetImageRef", func() (string, error) {
		return fakes.ImageRef(f.ImageList, imageID, image.Image, f.InspectErr)
	})
}

// GetImageSize returns 0 and Err.
func (f *FakeRuntime) GetImageSize(_ context.Context, image kubecontainer.ImageSpec) (uint64, error) {
	return 0, fakes.RecordCall(f, &f.CalledFunctions, "GetImageSize", &f.Err)
}

// ListImages returns a copy of ImageList (empty, not nil, for none) and
// Err.
func (f *FakeRuntime) ListImages(_ context.Context) ([]kubecontainer.Image, error) {
	return fakes.RecordCallAnswer(f, &f.CalledFunctions, "ListImages", func() ([]kubecontainer.Image, error) {
		return append([]kubecontainer.Image{}, f.ImageList...), f.Err
	})
}

// RemoveImage deletes the first image of ID image.Image from ImageList, in
// place, even when Err is set, and returns Err. As upstream's, it deletes
// the first image when none has that ID, and panics on an empty list.
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

// ImageFsInfo returns ImageFsStats and ContainerFsStats as the image and
// container filesystems, and Err.
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
