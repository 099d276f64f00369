package testing

import (
	"context"
	"runtime"
	"strings"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"go.uber.org/goleak"

	kubecontainer "github.com/kubecontainer/kubecontainer/container"
)

// pullResult is what a PullImage call running in a goroutine returned.
type pullResult struct {
	ref string
	err error
}

// startPull runs PullImage in a goroutine and returns where its result will
// arrive.
func startPull(ctx context.Context, f *FakeRuntime, image string) <-chan pullResult {
	done := make(chan pullResult, 1)
	go func() {
		ref, err := f.PullImage(ctx, kubecontainer.ImageSpec{Image: image}, nil, nil)
		done <- pullResult{ref, err}
	}()
	return done
}

// parkedPulls counts the goroutines blocked in the select of PullImage.
func parkedPulls() int {
	buf := make([]byte, 1<<20)
	buf = buf[:runtime.Stack(buf, true)]
	n := 0
	for _, g := range strings.Split(string(buf), "\n\n") {
		if strings.Contains(g, " [select") && strings.Contains(g, ".(*FakeRuntime).PullImage(") {
			n++
		}
	}
	return n
}

// waitParked waits until exactly n pulls are blocked waiting for a token.
func waitParked(t *testing.T, n int) {
	t.Helper()
	deadline := time.Now().Add(10 * time.Second)
	for parkedPulls() != n {
		if time.Now().After(deadline) {
			t.Fatalf("want %d parked pulls, have %d", n, parkedPulls())
		}
		time.Sleep(time.Millisecond)
	}
}

// collect receives n results from done, failing after a generous deadline.
func collect(t *testing.T, done <-chan pullResult, n int) []pullResult {
	t.Helper()
	var results []pullResult
	for len(results) < n {
		select {
		case r := <-done:
			results = append(results, r)
		case <-time.After(10 * time.Second):
			t.Fatalf("only %d of %d pulls finished", len(results), n)
		}
	}
	return results
}

// merge funnels several result channels into one.
func merge(chans ...<-chan pullResult) <-chan pullResult {
	out := make(chan pullResult, len(chans))
	for _, c := range chans {
		c := c
		go func() { out <- <-c }()
	}
	return out
}

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

// TestUnblockImagePullsReleasesWaitingPulls follows upstream's image manager
// test: five parked pulls, two released, then the rest.
func TestUnblockImagePullsReleasesWaitingPulls(t *testing.T) {
	defer goleak.VerifyNone(t)
	f := &FakeRuntime{BlockImagePulls: true, T: t}
	var pulls []<-chan pullResult
	for i := 0; i < 5; i++ {
		pulls = append(pulls, startPull(context.Background(), f, "img"))
	}
	done := merge(pulls...)
	waitParked(t, 5)
	f.AssertCallCounts("PullImage", 5)
	f.Lock()
	assert.Len(t, f.ImageList, 5, "images are added before the wait")
	f.Unlock()

	f.UnblockImagePulls(2)
	for _, r := range collect(t, done, 2) {
		assert.Equal(t, pullResult{"img", nil}, r)
	}
	waitParked(t, 3) // exactly two were released

	f.UnblockImagePulls(5)
	collect(t, done, 3)
	waitParked(t, 0)
}

func TestUnblockImagePullsBeforeAnyBlockedPullIsLost(t *testing.T) {
	defer goleak.VerifyNone(t)
	f := &FakeRuntime{}
	f.UnblockImagePulls(3)
	f.BlockImagePulls = true
	ctx, cancel := context.WithCancel(context.Background())
	done := startPull(ctx, f, "img")
	waitParked(t, 1) // no token was saved
	cancel()
	assert.Equal(t, []pullResult{{"img", nil}}, collect(t, done, 1))
}

func TestUnblockImagePullsBanksAtMostOneToken(t *testing.T) {
	defer goleak.VerifyNone(t)
	f := &FakeRuntime{BlockImagePulls: true}
	// Create the bucket with a first blocked pull, and release it.
	first := startPull(context.Background(), f, "first")
	waitParked(t, 1)
	f.UnblockImagePulls(1)
	collect(t, first, 1)

	f.UnblockImagePulls(5) // nobody waits: one token banked, four dropped

	_, err := f.PullImage(context.Background(), kubecontainer.ImageSpec{Image: "banked"}, nil, nil)
	require.NoError(t, err, "the banked token lets this pull through at once")

	ctx, cancel := context.WithCancel(context.Background())
	done := startPull(ctx, f, "dropped")
	waitParked(t, 1)
	cancel()
	collect(t, done, 1)
}

func TestBlockedPullEndsWithItsContext(t *testing.T) {
	defer goleak.VerifyNone(t)
	f := &FakeRuntime{BlockImagePulls: true, Err: errFake}
	ctx, cancel := context.WithCancel(context.Background())
	done := startPull(ctx, f, "img")
	waitParked(t, 1)
	f.Lock()
	f.Err = nil
	f.Unlock()
	cancel()
	assert.Equal(t, []pullResult{{"img", errFake}}, collect(t, done, 1),
		"no context error, and the Err seen when the pull started")
	assert.Nil(t, f.ImageList, "a failing pull adds no image")

	expired, cancelExpired := context.WithTimeout(context.Background(), time.Millisecond)
	defer cancelExpired()
	ref, err := f.PullImage(expired, kubecontainer.ImageSpec{Image: "late"}, nil, nil)
	assert.Equal(t, "late", ref)
	assert.NoError(t, err)
}

func TestBlockImagePullsOffKeepsTheBucket(t *testing.T) {
	defer goleak.VerifyNone(t)
	f := &FakeRuntime{BlockImagePulls: true}
	done := startPull(context.Background(), f, "img")
	waitParked(t, 1)
	f.UnblockImagePulls(1)
	collect(t, done, 1)

	f.BlockImagePulls = false
	_, err := f.PullImage(context.Background(), kubecontainer.ImageSpec{Image: "free"}, nil, nil)
	require.NoError(t, err, "pulls no longer wait")
	f.UnblockImagePulls(1) // the bucket still exists: the token is banked
	f.BlockImagePulls = true
	_, err = f.PullImage(context.Background(), kubecontainer.ImageSpec{Image: "banked"}, nil, nil)
	require.NoError(t, err, "the banked token is used")
}

func TestClearCallsReleasesWaitingPulls(t *testing.T) {
	defer goleak.VerifyNone(t)
	f := &FakeRuntime{BlockImagePulls: true}
	done := merge(startPull(context.Background(), f, "a"), startPull(context.Background(), f, "b"), startPull(context.Background(), f, "c"))
	waitParked(t, 3)
	f.ClearCalls()
	collect(t, done, 3)
	assert.False(t, f.imagePulls.Armed(), "the bucket is dropped")
	assert.False(t, f.BlockImagePulls)

	// Tokens offered now are lost: there is no bucket until a pull
	// blocks again.
	f.UnblockImagePulls(1)
	f.BlockImagePulls = true
	ctx, cancel := context.WithCancel(context.Background())
	late := startPull(ctx, f, "d")
	waitParked(t, 1)
	cancel()
	collect(t, late, 1)
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
