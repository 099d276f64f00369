package testing

import (
	"context"
	"errors"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	runtimeapi "k8s.io/cri-api/pkg/apis/runtime/v1"

	kubecontainer "github.com/kubecontainer/kubecontainer/kubelet-1.37/container"
	"github.com/kubecontainer/kubecontainer/kubelet-1.37/credentialprovider"
)

func TestFakeRuntimePullImage(t *testing.T) {
	creds := []credentialprovider.TrackedAuthConfig{{AuthConfigHash: "first"}, {AuthConfigHash: "second"}}
	tests := []struct {
		name       string
		err        error
		creds      []credentialprovider.TrackedAuthConfig
		wantImages int
		wantCreds  *credentialprovider.TrackedAuthConfig
	}{
		{name: "adds the image", wantImages: 2},
		{name: "returns the first credentials", creds: creds, wantImages: 2, wantCreds: &creds[0]},
		{name: "Err adds nothing but still returns the reference", err: errBoom, creds: creds, wantImages: 0, wantCreds: &creds[0]},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			f := &FakeRuntime{Err: tt.err}
			spec := kubecontainer.ImageSpec{Image: "nginx:1"}
			for i := 0; i < 2; i++ {
				ref, used, err := f.PullImage(context.Background(), spec, tt.creds, nil)
				assert.Equal(t, "nginx:1", ref)
				assert.Same(t, tt.wantCreds, used)
				assert.Equal(t, tt.err, err)
			}
			assert.Len(t, f.ImageList, tt.wantImages, "no duplicate check")
			if tt.wantImages > 0 {
				assert.Equal(t, kubecontainer.Image{ID: "nginx:1", Spec: spec}, f.ImageList[0])
			}
			assert.Equal(t, []string{"PullImage", "PullImage"}, f.CalledFunctions)
		})
	}
}

// pullResult is what one blocked PullImage returned.
type pullResult struct {
	ref string
	err error
}

// startBlockedPulls starts n pulls on f and waits until each has recorded
// its call, so that each has made the bucket and let go of the lock.
func startBlockedPulls(ctx context.Context, t *testing.T, f *FakeRuntime, n int) <-chan pullResult {
	t.Helper()
	results := make(chan pullResult, n)
	for i := 0; i < n; i++ {
		go func() {
			ref, _, err := f.PullImage(ctx, kubecontainer.ImageSpec{Image: "img"}, nil, nil)
			results <- pullResult{ref, err}
		}()
	}
	require.Eventually(t, func() bool {
		f.Lock()
		defer f.Unlock()
		return len(f.CalledFunctions) == n
	}, 5*time.Second, time.Millisecond)
	return results
}

// collect waits for want results (each may take a while on a busy
// machine), then for a short while for any further one, and returns them.
func collect(results <-chan pullResult, want int) []pullResult {
	var got []pullResult
	for len(got) < want {
		select {
		case r := <-results:
			got = append(got, r)
		case <-time.After(5 * time.Second):
			return got
		}
	}
	select {
	case r := <-results:
		got = append(got, r)
	case <-time.After(50 * time.Millisecond):
	}
	return got
}

func TestFakeRuntimeBlockedPulls(t *testing.T) {
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	f := &FakeRuntime{BlockImagePulls: true}
	results := startBlockedPulls(ctx, t, f, 5)
	assert.Empty(t, collect(results, 0), "pulls wait for tokens")
	f.UnblockImagePulls(2)
	assert.Len(t, collect(results, 2), 2)
	f.UnblockImagePulls(5)
	assert.Len(t, collect(results, 3), 3)
}

func TestFakeRuntimeSendImagePullError(t *testing.T) {
	pullErr := errors.New("pull failed")
	f := &FakeRuntime{BlockImagePulls: true, Err: errBoom}
	results := startBlockedPulls(context.Background(), t, f, 1)
	f.SendImagePullError(pullErr)
	got := collect(results, 1)
	require.Len(t, got, 1)
	assert.Equal(t, pullResult{"", pullErr}, got[0], "an error ends the pull with no reference")
}

func TestFakeRuntimeBlockedPullEndsWithItsContext(t *testing.T) {
	ctx, cancel := context.WithCancel(context.Background())
	f := &FakeRuntime{BlockImagePulls: true, Err: errBoom}
	results := startBlockedPulls(ctx, t, f, 1)
	f.Lock()
	f.Err = nil // the pull keeps the error it saw when it started
	f.Unlock()
	cancel()
	got := collect(results, 1)
	require.Len(t, got, 1)
	assert.Equal(t, pullResult{"img", errBoom}, got[0], "a done context is not an error")
}

func TestFakeRuntimeImageLookups(t *testing.T) {
	images := func() []kubecontainer.Image {
		return []kubecontainer.Image{{ID: "a"}, {ID: "b"}, {ID: "c"}}
	}
	tests := []struct {
		name       string
		image      string
		wantRef    string
		wantErr    error
		wantRemain []string
	}{
		{name: "known", image: "b", wantRef: "b", wantRemain: []string{"a", "c"}},
		{name: "unknown: InspectErr, and the first image goes", image: "z", wantErr: errors.New("inspect"), wantRemain: []string{"b", "c"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			f := &FakeRuntime{ImageList: images(), Err: errBoom, InspectErr: errors.New("inspect")}
			ref, err := f.GetImageRef(context.Background(), kubecontainer.ImageSpec{Image: tt.image})
			assert.Equal(t, tt.wantRef, ref)
			assert.Equal(t, tt.wantErr, err)
			assert.Equal(t, errBoom, f.RemoveImage(context.Background(), kubecontainer.ImageSpec{Image: tt.image}))
			var ids []string
			for _, i := range f.ImageList {
				ids = append(ids, i.ID)
			}
			assert.Equal(t, tt.wantRemain, ids)
		})
	}
	assert.Panics(t, func() { _ = (&FakeRuntime{}).RemoveImage(context.Background(), kubecontainer.ImageSpec{}) })
}

func TestFakeRuntimeListImagesCopies(t *testing.T) {
	f := &FakeRuntime{}
	images, err := f.ListImages(context.Background())
	require.NoError(t, err)
	assert.NotNil(t, images)
	assert.Empty(t, images)
	f.ImageList = []kubecontainer.Image{{ID: "a"}}
	images, _ = f.ListImages(context.Background())
	images[0].ID = "changed"
	assert.Equal(t, "a", f.ImageList[0].ID)
}

func TestFakeRuntimeImageFsInfo(t *testing.T) {
	f := &FakeRuntime{Err: errBoom}
	imageFs := []*runtimeapi.FilesystemUsage{{Timestamp: 1}}
	containerFs := []*runtimeapi.FilesystemUsage{{Timestamp: 2}}
	f.SetImageFsStats(imageFs)
	f.SetContainerFsStats(containerFs)
	info, err := f.ImageFsInfo(context.Background())
	assert.Equal(t, errBoom, err)
	assert.Equal(t, imageFs, info.ImageFilesystems)
	assert.Equal(t, containerFs, info.ContainerFilesystems)
	assert.Equal(t, []string{"ImageFsInfo"}, f.CalledFunctions)
}
