package testing

import (
	"context"

	v1 "k8s.io/api/core/v1"
	runtimeapi "k8s.io/cri-api/pkg/apis/runtime/v1"

	kubecontainer "github.com/kubecontainer/kubecontainer/container"
	"github.com/kubecontainer/kubecontainer/internal/fakes"
)

var _ kubecontainer.ImageService = &FakeRuntime{}

// PullImage records the call and, when Err is nil, appends
// Image{ID: image.Image, Spec: image} to ImageList (pulling twice adds two
// entries). It returns image.Image as the reference, and Err, even when Err
// is set.
//
// With BlockImagePulls set, it first waits, without holding the lock, until
// UnblockImagePulls or ClearCalls hands it a token or ctx is done. A pull
// ended by its context still returns the Err it saw when it started, not a
// context error.
func (f *FakeRuntime) PullImage(ctx context.Context, image kubecontainer.ImageSpec, pullSecrets []v1.Secret, podSandboxConfig *runtimeapi.PodSandboxConfig) (string, error) {
	f.Lock()
	f.record("PullImage")
	if f.Err == nil {
		f.ImageList = append(f.ImageList, kubecontainer.Image{ID: image.Image, Spec: image})
	}
	err := f.Err
	if !f.BlockImagePulls {
		f.Unlock()
		return image.Image, err
	}
	f.imagePulls.Arm()
	f.Unlock()

	// As upstream, the bucket is read again after the lock is released:
	// a ClearCalls in between leaves this pull waiting on no bucket, which
	// only ctx can end.
	// No one sends errors to the v1.27 fake's pulls.
	_, _ = f.imagePulls.Wait(ctx)
	return image.Image, err
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

// GetImageRef returns the ID of the first image in ImageList whose ID is
// image.Image, with a nil error. For an unknown image it returns "" and
// InspectErr. Err is never used.
func (f *FakeRuntime) GetImageRef(_ context.Context, image kubecontainer.ImageSpec) (string, error) {
	return fakes.RecordCallAnswer(f, &f.CalledFunctions, "GetImageRef", func() (string, error) {
		return fakes.ImageRef(f.ImageList, imageID, image.Image, f.InspectErr)
	})
}

// imageID returns the ID of an image.
func imageID(image kubecontainer.Image) string {
	return image.ID
}

// ListImages returns ImageList itself (not a copy) and Err.
func (f *FakeRuntime) ListImages(_ context.Context) ([]kubecontainer.Image, error) {
	return fakes.RecordCallAnswer(f, &f.CalledFunctions, "ListImages", func() ([]kubecontainer.Image, error) {
		return f.ImageList, f.Err
	})
}

// RemoveImage deletes the first image whose ID is image.Image from ImageList,
// in place, and returns Err; it deletes even when Err is set. As upstream,
// an unknown image removes the first entry instead, and an empty ImageList
// panics.
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
