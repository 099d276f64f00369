package testing

import (
	"context"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	kubecontainer "github.com/kubecontainer/kubecontainer/container"
	"github.com/kubecontainer/kubecontainer/internal/fakes/fakestest"
	"github.com/kubecontainer/kubecontainer/internal/waitfor"
)

func TestPullImageUnblocked(t *testing.T) {
	tests := []struct {
		name       string
		err        error
		wantImages []kubecontainer.Image
	}{
		{"success adds one entry per pull", nil, []kubecontainer.Image{
			{ID: "busybox", Spec: kubecontainer.ImageSpec{Image: "busybox"}},
			{ID: "busybox", Spec: kubecontainer.ImageSpec{Image: "busybox"}},
		}},
		{"failure adds nothing", errFake, nil},
	}
	for _, tt := range tests {
		tt := tt
		t.Run(tt.name, func(t *testing.T) {
			f := &FakeRuntime{Err: tt.err}
			for i := 0; i < 2; i++ {
				ref, err := f.PullImage(context.Background(), kubecontainer.ImageSpec{Image: "busybox"}, nil, nil)
				assert.Equal(t, "busybox", ref, "the reference comes back even on failure")
				assert.Equal(t, tt.err, err)
			}
			assert.Equal(t, tt.wantImages, f.ImageList)
		})
	}

	t.Run("spec is kept", func(t *testing.T) {
		f := &FakeRuntime{}
		spec := kubecontainer.ImageSpec{Image: "x", Annotations: []kubecontainer.Annotation{{Name: "k", Value: "v"}}}
		_, _ = f.PullImage(context.Background(), spec, nil, nil)
		assert.Equal(t, []kubecontainer.Image{{ID: "x", Spec: spec}}, f.ImageList)
	})
}

func TestBlockedPulls(t *testing.T) {
	fakestest.BlockedPulls(t, func(err error) fakestest.Puller {
		f := &FakeRuntime{BlockImagePulls: true, Err: err}
		return fakestest.Puller{
			Pull: func(ctx context.Context) (string, error) {
				return f.PullImage(ctx, kubecontainer.ImageSpec{Image: "img"}, nil, nil)
			},
			Unblock: f.UnblockImagePulls,
			SetErr:  func(err error) { f.Lock(); f.Err = err; f.Unlock() },
			Waiting: f.imagePulls.Waiting,
		}
	})
}

// TestClearCallsReleasesWaitingPulls checks what only the v1.27 fake has:
// ClearCalls releases the waiting pulls and drops the token bucket.
func TestClearCallsReleasesWaitingPulls(t *testing.T) {
	f := &FakeRuntime{BlockImagePulls: true}
	done := make(chan error, 3)
	for i := 0; i < 3; i++ {
		go func() {
			_, err := f.PullImage(context.Background(), kubecontainer.ImageSpec{Image: "img"}, nil, nil)
			done <- err
		}()
	}
	waitfor.Condition(t, func() bool { return f.imagePulls.Waiting() == 3 }, "three blocked pulls to wait", nil)
	f.ClearCalls()
	for i := 0; i < 3; i++ {
		assert.NoError(t, waitfor.Receive(t, done, "the pulls released by ClearCalls to end"))
	}
	assert.False(t, f.imagePulls.Armed(), "the bucket is dropped")
	assert.False(t, f.BlockImagePulls)
}

func TestGetImageRef(t *testing.T) {
	tests := []struct {
		name    string
		image   string
		wantRef string
		wantErr error
	}{
		{"hit ignores Err and InspectErr", "b", "b", nil},
		{"miss returns InspectErr", "z", "", errInspect},
	}
	for _, tt := range tests {
		tt := tt
		t.Run(tt.name, func(t *testing.T) {
			f := &FakeRuntime{ImageList: []kubecontainer.Image{{ID: "a"}, {ID: "b"}}, Err: errFake, InspectErr: errInspect}
			ref, err := f.GetImageRef(context.Background(), kubecontainer.ImageSpec{Image: tt.image})
			assert.Equal(t, tt.wantRef, ref)
			assert.Equal(t, tt.wantErr, err)
		})
	}
	ref, err := (&FakeRuntime{Err: errFake}).GetImageRef(context.Background(), kubecontainer.ImageSpec{Image: "z"})
	assert.Equal(t, "", ref)
	assert.NoError(t, err, "Err is never used")
}

func TestListImagesSharesTheList(t *testing.T) {
	images := []kubecontainer.Image{{ID: "a"}}
	f := &FakeRuntime{ImageList: images, Err: errFake}
	got, err := f.ListImages(context.Background())
	assert.Same(t, errFake, err)
	require.Len(t, got, 1)
	assert.Same(t, &images[0], &got[0], "same backing array")
}

func TestRemoveImage(t *testing.T) {
	tests := []struct {
		name  string
		image string
		want  []string
	}{
		{"removes the match", "b", []string{"a", "c", "b"}},
		{"removes only the first match", "c", []string{"a", "b", "b"}},
		{"a miss removes the first image", "z", []string{"b", "c", "b"}},
	}
	for _, tt := range tests {
		tt := tt
		t.Run(tt.name, func(t *testing.T) {
			f := &FakeRuntime{ImageList: []kubecontainer.Image{{ID: "a"}, {ID: "b"}, {ID: "c"}, {ID: "b"}}, Err: errFake}
			listed, _ := f.ListImages(context.Background())
			assert.Same(t, errFake, f.RemoveImage(context.Background(), kubecontainer.ImageSpec{Image: tt.image}))
			var ids []string
			for _, i := range f.ImageList {
				ids = append(ids, i.ID)
			}
			assert.Equal(t, tt.want, ids, "deleted even though Err is set")
			assert.Equal(t, tt.want[0], listed[0].ID, "shifted in place: earlier slices see it")
			assert.Len(t, listed, 4)
		})
	}

	t.Run("empty list panics", func(t *testing.T) {
		f := &FakeRuntime{}
		assert.PanicsWithError(t, "runtime error: slice bounds out of range [1:0]", func() {
			_ = f.RemoveImage(context.Background(), kubecontainer.ImageSpec{Image: "a"})
		})
		assert.True(t, f.TryLock(), "the deferred unlock ran")
		f.Unlock()
		assert.Equal(t, []string{"RemoveImage"}, f.CalledFunctions)
	})
}
