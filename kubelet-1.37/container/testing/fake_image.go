package testing

import (
	"context"

	runtimeapi "k8s.io/cri-api/pkg/apis/runtime/v1"

	"github.com/kubecontainer/kubecontainer/internal/fakes"
	kubecontainer "github.com/kubecontainer/kubecontainer/kubelet-1.37/container"
	"github.com/kubecontainer/kubecontainer/kubelet-1.37/credentialprovider"
)

// PullImage records the call and, when Err is nil, appends
// Image{ID: image.Image, Spec: image} to ImageList (pulling twice adds two
// entries). It returns image.Image as the reference, a pointer to the first
// of creds (nil when there are none), and Err, even when Err is set.
//
// With BlockImagePulls set, it first waits, without holding the lock, until
// UnblockImagePulls hands it a token, SendImagePullError an error, or ctx
// is done. A pull ended by its context still returns the Err it saw when it
// started, not a context error; a pull given an error returns "", nil and
// that error.
func (f *FakeRuntime) PullImage(ctx context.Context, image kubecontainer.ImageSpec, creds []credentialprovider.TrackedAuthConfig, podSandboxConfig *runtimeapi.PodSandboxConfig) (string, *credentialprovider.TrackedAuthConfig, error) {
	f.Lock()
	f.record("PullImage")
	if f.Err == nil {
		f.ImageList = append(f.ImageList, kubecontainer.Image{ID: image.Image, Spec: image})
	}
	var usedCreds *credentialprovider.TrackedAuthConfig
	if len(creds) > 0 {
		usedCreds = &creds[0]
	}
	err := f.Err
	if !f.BlockImagePulls {
		f.Unlock()
		return image.Image, usedCreds, err
	}
	f.imagePulls.Arm()
	f.Unlock()

	if failed, pullErr := f.imagePulls.Wait(ctx); failed {
		return "", nil, pullErr
	}
	return image.Image, usedCreds, err
}

// UnblockImagePulls offers count tokens to blocked pulls, without taking the
// embedded mutex. Each token goes to a pull that is already waiting or, if
// none is, into the bucket's single slot; when the slot is full it is
// dropped. So it releases up to count waiting pulls and banks at most one
// token for a pull still to come. Before any pull has blocked there is no
// bucket, and the tokens are lost.
func (f *FakeRuntime) UnblockImagePulls(count int) {
	f.imagePulls.Unblock(count)
}

// SendImagePullError hands err to one pull blocked by BlockImagePulls,
// which returns it at once. When no pull is waiting, the error waits for
// the next pull that blocks; one error at most waits, and a further one is
// dropped. It never blocks and does not take the embedded mutex.
func (f *FakeRuntime) SendImagePullError(err error) {
	f.imagePulls.SendError(err)
}

// GetImageRef returns the ID of the first image in ImageList whose ID is
// image.Image, with a nil error. For an unknown image it returns "" and
// InspectErr. Err is never used.
func (f *FakeRuntime) GetImageRef(_ context.Context, image kubecontainer.ImageSpec) (string, error) {
	return fakes.RecordCallAnswer(f, &f.CalledFunctions, "GetImageRef", func() (string, error) {
		return fakes.ImageRef(f.ImageList, imageID, image.Image, f.InspectErr)
	})
}

// GetImageSize returns 0 and Err.
func (f *FakeRuntime) GetImageSize(_ context.Context, image kubecontainer.ImageSpec) (uint64, error) {
	return 0, fakes.RecordCall(f, &f.CalledFunctions, "GetImageSize", &f.Err)
}

// ListImages returns a copy of ImageList (empty, not nil, when there are no
// images; the Images' own slices are shared) and Err.
func (f *FakeRuntime) ListImages(_ context.Context) ([]kubecontainer.Image, error) {
	return fakes.RecordCallAnswer(f, &f.CalledFunctions, "ListImages", func() ([]kubecontainer.Image, error) {
		images := make([]kubecontainer.Image, len(f.ImageList))
		copy(images, f.ImageList)
		return images, f.Err
	})
}

// RemoveImage deletes the first image whose ID is image.Image from
// ImageList, in place, and returns Err; it deletes even when Err is set. As
// upstream, an unknown image removes the first entry instead, and an empty
// ImageList panics.
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

// ImageFsInfo returns a new response listing ImageFsStats as the image
// filesystems and ContainerFsStats as the container filesystems (the
// slices themselves), and Err.
func (f *FakeRuntime) ImageFsInfo(_ context.Context) (*runtimeapi.ImageFsInfoResponse, error) {
	return fakes.RecordCallAnswer(f, &f.CalledFunctions, "ImageFsInfo", func() (*runtimeapi.ImageFsInfoResponse, error) {
		return &runtimeapi.ImageFsInfoResponse{ImageFilesystems: f.ImageFsStats, ContainerFilesystems: f.ContainerFsStats}, f.Err
	})
}

// SetImageFsStats sets ImageFsStats under the lock. It records nothing.
func (f *FakeRuntime) SetImageFsStats(val []*runtimeapi.FilesystemUsage) {
	f.Lock()
	defer f.Unlock()
	f.ImageFsStats = val
}

// SetContainerFsStats sets ContainerFsStats under the lock. It records
// nothing.
func (f *FakeRuntime) SetContainerFsStats(val []*runtimeapi.FilesystemUsage) {
	f.Lock()
	defer f.Unlock()
	f.ContainerFsStats = val
}

// imageID returns the ID of an image.
func imageID(image kubecontainer.Image) string {
	return image.ID
}
