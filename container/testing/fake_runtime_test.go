package testing

import (
	"bytes"
	"context"
	"errors"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	v1 "k8s.io/api/core/v1"

	kubecontainer "github.com/kubecontainer/kubecontainer/container"
	"github.com/kubecontainer/kubecontainer/internal/fakes/fakestest"
)

var (
	errFake    = errors.New("fake error")
	errInspect = errors.New("inspect error")
	errStatus  = errors.New("status error")
)

// newErringRuntime returns a FakeRuntime whose three error fields are set,
// with one image so that RemoveImage does not panic.
func newErringRuntime() *FakeRuntime {
	return &FakeRuntime{
		Err:        errFake,
		InspectErr: errInspect,
		StatusErr:  errStatus,
		ImageList:  []kubecontainer.Image{{ID: "img"}},
	}
}

// TestFakeRuntimeRecordsAndErrors checks, method by method, the name each
// call records (exactly one entry, even when an error is configured) and
// which of Err, InspectErr and StatusErr it returns.
func TestFakeRuntimeRecordsAndErrors(t *testing.T) {
	ctx := context.Background()
	pod := &v1.Pod{}
	tests := []struct {
		name    string
		call    func(f *FakeRuntime) error
		wantErr error
	}{
		{"Version", func(f *FakeRuntime) error { _, err := f.Version(ctx); return err }, errFake},
		{"APIVersion", func(f *FakeRuntime) error { _, err := f.APIVersion(); return err }, errFake},
		{"Status", func(f *FakeRuntime) error { _, err := f.Status(ctx); return err }, errStatus},
		{"GetPods", func(f *FakeRuntime) error { _, err := f.GetPods(ctx, false); return err }, errFake},
		{"SyncPod", func(f *FakeRuntime) error { return f.SyncPod(ctx, pod, nil, nil, nil).SyncError }, errFake},
		{"KillPod", func(f *FakeRuntime) error { return f.KillPod(ctx, nil, kubecontainer.Pod{}, nil) }, errFake},
		{"RunContainerInPod", func(f *FakeRuntime) error { return f.RunContainerInPod(v1.Container{}, &v1.Pod{}, nil) }, errFake},
		{"KillContainerInPod", func(f *FakeRuntime) error { return f.KillContainerInPod(v1.Container{}, nil) }, errFake},
		{"GeneratePodStatus", func(f *FakeRuntime) error { _, err := f.GeneratePodStatus(nil); return err }, errFake},
		{"GetPodStatus", func(f *FakeRuntime) error { _, err := f.GetPodStatus(ctx, "", "", ""); return err }, errFake},
		{"GetContainerLogs", func(f *FakeRuntime) error {
			return f.GetContainerLogs(ctx, nil, kubecontainer.ContainerID{}, nil, nil, nil)
		}, errFake},
		{"PullImage", func(f *FakeRuntime) error {
			_, err := f.PullImage(ctx, kubecontainer.ImageSpec{}, nil, nil)
			return err
		}, errFake},
		{"GetImageRef", func(f *FakeRuntime) error {
			_, err := f.GetImageRef(ctx, kubecontainer.ImageSpec{Image: "missing"})
			return err
		}, errInspect},
		{"ListImages", func(f *FakeRuntime) error { _, err := f.ListImages(ctx); return err }, errFake},
		{"RemoveImage", func(f *FakeRuntime) error { return f.RemoveImage(ctx, kubecontainer.ImageSpec{Image: "img"}) }, errFake},
		{"GarbageCollect", func(f *FakeRuntime) error {
			return f.GarbageCollect(ctx, kubecontainer.GCPolicy{}, true, false)
		}, errFake},
		{"DeleteContainer", func(f *FakeRuntime) error { return f.DeleteContainer(ctx, kubecontainer.ContainerID{}) }, errFake},
		{"CheckpointContainer", func(f *FakeRuntime) error { return f.CheckpointContainer(ctx, nil) }, errFake},
		{"ListMetricDescriptors", func(f *FakeRuntime) error { _, err := f.ListMetricDescriptors(ctx); return err }, errFake},
		{"ListPodSandboxMetrics", func(f *FakeRuntime) error { _, err := f.ListPodSandboxMetrics(ctx); return err }, errFake},
		{"ImageStats", func(f *FakeRuntime) error { _, err := f.ImageStats(ctx); return err }, errFake},
		{"GetExec", func(f *FakeRuntime) error {
			_, err := (&FakeStreamingRuntime{f}).GetExec(ctx, kubecontainer.ContainerID{}, nil, false, false, false, false)
			return err
		}, errFake},
		{"GetAttach", func(f *FakeRuntime) error {
			_, err := (&FakeStreamingRuntime{f}).GetAttach(ctx, kubecontainer.ContainerID{}, false, false, false, false)
			return err
		}, errFake},
		{"GetPortForward", func(f *FakeRuntime) error {
			_, err := (&FakeStreamingRuntime{f}).GetPortForward(ctx, "", "", "", nil)
			return err
		}, errFake},
	}
	for _, tt := range tests {
		tt := tt
		t.Run(tt.name, func(t *testing.T) {
			f := newErringRuntime()
			err := tt.call(f)
			assert.Same(t, tt.wantErr, err)
			assert.Equal(t, []string{tt.name}, f.CalledFunctions)

			// Without errors the same call records the same name
			// again and returns nil.
			f.Err, f.InspectErr, f.StatusErr = nil, nil, nil
			f.ImageList = []kubecontainer.Image{{ID: "img"}}
			assert.NoError(t, tt.call(f))
			assert.Equal(t, []string{tt.name, tt.name}, f.CalledFunctions)
		})
	}
}

func TestFakeRuntimeUnrecordedMethods(t *testing.T) {
	f := newErringRuntime()
	f.RuntimeType = "fake"
	assert.Equal(t, "fake", f.Type())
	assert.NoError(t, f.UpdatePodCIDR(context.Background(), "10.0.0.0/24"))
	f.UnblockImagePulls(3)
	f.T = t
	f.AssertCalls(nil)
	f.AssertCallCounts("Type", 0)
	f.AssertStartedPods(nil)
	f.AssertKilledPods(nil)
	f.AssertStartedContainers(nil)
	f.AssertKilledContainers(nil)
	assert.Nil(t, f.CalledFunctions)
}

func TestFakeRuntimeZeroValue(t *testing.T) {
	var f FakeRuntime
	ctx := context.Background()
	pods, err := f.GetPods(ctx, true)
	assert.NoError(t, err)
	assert.Nil(t, pods)
	status, err := f.Status(ctx)
	assert.NoError(t, err)
	assert.Nil(t, status)
	images, err := f.ListImages(ctx)
	assert.NoError(t, err)
	assert.Nil(t, images)
	assert.Equal(t, "", f.Type())
	assert.Equal(t, []string{"GetPods", "Status", "ListImages"}, f.CalledFunctions)
	assert.Nil(t, f.StartedPods)
}

func TestFakeRuntimeEmbeddedMutex(t *testing.T) {
	f := &FakeRuntime{}
	f.Lock()
	assert.False(t, f.TryLock(), "the promoted mutex is held")
	// Type, UpdatePodCIDR and UnblockImagePulls take no lock, so they
	// work while the caller holds it, as upstream.
	assert.Equal(t, "", f.Type())
	assert.NoError(t, f.UpdatePodCIDR(context.Background(), ""))
	f.UnblockImagePulls(1)
	f.Unlock()
	assert.True(t, f.TryLock())
	f.Unlock()

	f.T = t // T is the std library's *testing.T
	assert.True(t, f.AssertCalls(nil))
}

func TestFakeRuntimeVersions(t *testing.T) {
	f := &FakeRuntime{VersionInfo: "1.2.3", APIVersionInfo: "v1", Err: errFake}
	v, err := f.Version(context.Background())
	assert.Same(t, errFake, err)
	require.NotNil(t, v, "the version comes back even with an error")
	assert.Equal(t, &FakeVersion{Version: "1.2.3"}, v)

	av, err := f.APIVersion()
	assert.Same(t, errFake, err)
	assert.Equal(t, &FakeVersion{Version: "v1"}, av)

	v2, _ := f.Version(context.Background())
	assert.NotSame(t, v, v2, "each call builds a new version")
}

func TestFakeRuntimeStatusSharesPointer(t *testing.T) {
	rs := &kubecontainer.RuntimeStatus{}
	f := &FakeRuntime{RuntimeStatus: rs, Err: errFake}
	got, err := f.Status(context.Background())
	assert.Same(t, rs, got)
	assert.NoError(t, err, "Status returns StatusErr, not Err")
}

func TestFakeRuntimeGetPods(t *testing.T) {
	running := &kubecontainer.Pod{ID: "running"}
	exited := &kubecontainer.Pod{ID: "exited"}
	tests := []struct {
		name    string
		podList []*FakePod
		allList []*FakePod
		all     bool
		want    []*kubecontainer.Pod
	}{
		{"running pods", []*FakePod{{Pod: running}}, []*FakePod{{Pod: running}, {Pod: exited}}, false, []*kubecontainer.Pod{running}},
		{"all pods", []*FakePod{{Pod: running}}, []*FakePod{{Pod: running}, {Pod: exited, NetnsPath: "/ns"}}, true, []*kubecontainer.Pod{running, exited}},
		{"empty list gives nil", []*FakePod{}, nil, false, nil},
		{"nil Pod gives a nil element", []*FakePod{{NetnsPath: "/ns"}}, nil, false, []*kubecontainer.Pod{nil}},
	}
	for _, tt := range tests {
		tt := tt
		t.Run(tt.name, func(t *testing.T) {
			f := &FakeRuntime{PodList: tt.podList, AllPodList: tt.allList, Err: errFake}
			got, err := f.GetPods(context.Background(), tt.all)
			assert.Same(t, errFake, err, "the pods come back with Err")
			assert.Equal(t, tt.want, got)
			if tt.want == nil {
				assert.Nil(t, got)
			}
			for i := range got {
				assert.Same(t, tt.want[i], got[i], "pods are shared, not copied")
			}
		})
	}

	t.Run("fresh slice", func(t *testing.T) {
		f := &FakeRuntime{PodList: []*FakePod{{Pod: running}}}
		got, _ := f.GetPods(context.Background(), false)
		got[0] = exited
		again, _ := f.GetPods(context.Background(), false)
		assert.Same(t, running, again[0])
	})
	t.Run("nil FakePod panics", func(t *testing.T) {
		f := &FakeRuntime{PodList: []*FakePod{nil}}
		assert.Panics(t, func() { _, _ = f.GetPods(context.Background(), false) })
		assert.True(t, f.TryLock(), "the lock is released after the panic")
	})
}

func TestFakeRuntimeSyncPod(t *testing.T) {
	pod := &v1.Pod{}
	pod.UID = "uid-1"
	pod.Spec.InitContainers = []v1.Container{{Name: "init"}}
	pod.Spec.Containers = []v1.Container{{Name: "a"}, {Name: "b"}}
	pod.Spec.EphemeralContainers = []v1.EphemeralContainer{{EphemeralContainerCommon: v1.EphemeralContainerCommon{Name: "debug"}}}

	for _, err := range []error{nil, errFake} {
		f := &FakeRuntime{Err: err}
		result := f.SyncPod(context.Background(), pod, &kubecontainer.PodStatus{}, []v1.Secret{{}}, nil)
		assert.Equal(t, kubecontainer.PodSyncResult{SyncError: err}, result)
		assert.Nil(t, result.SyncResults)
		assert.Equal(t, []string{"uid-1"}, f.StartedPods)
		assert.Equal(t, []string{"a", "b"}, f.StartedContainers, "only regular containers")
	}
}

func TestFakeRuntimeKillPod(t *testing.T) {
	f := &FakeRuntime{Err: errFake}
	apiPod := &v1.Pod{}
	apiPod.UID = "api-uid"
	running := kubecontainer.Pod{ID: "running-id", Containers: []*kubecontainer.Container{{Name: "a"}, {Name: "b"}}}
	assert.Same(t, errFake, f.KillPod(context.Background(), apiPod, running, nil))
	assert.NoError(t, (&FakeRuntime{}).KillPod(context.Background(), nil, running, nil), "pod may be nil")
	assert.Equal(t, []string{"running-id"}, f.KilledPods, "the running pod's ID, not the API UID")
	assert.Equal(t, []string{"a", "b"}, f.KilledContainers)
	assert.Nil(t, f.StartedPods)
}

func TestFakeRuntimeRunContainerInPod(t *testing.T) {
	f := &FakeRuntime{}
	pod := &v1.Pod{}
	pod.Spec.Containers = []v1.Container{{Name: "a"}}
	volumes := map[string]VolumePlugin{"v": nil}
	require.NoError(t, f.RunContainerInPod(v1.Container{Name: "b"}, pod, volumes))
	require.NoError(t, f.RunContainerInPod(v1.Container{Name: "a"}, pod, nil))
	assert.Equal(t, []v1.Container{{Name: "a"}, {Name: "b"}, {Name: "a"}}, pod.Spec.Containers,
		"the caller's pod gets one append per call, with no duplicate check")
	assert.Equal(t, []string{"b", "a"}, f.StartedContainers)
}

func TestFakeRuntimeKillContainerInPod(t *testing.T) {
	f := &FakeRuntime{}
	pod := &v1.Pod{}
	pod.Spec.Containers = []v1.Container{{Name: "a"}}
	require.NoError(t, f.KillContainerInPod(v1.Container{Name: "a"}, pod))
	assert.Equal(t, []string{"a"}, f.KilledContainers)
	assert.Equal(t, []v1.Container{{Name: "a"}}, pod.Spec.Containers, "the pod is left alone")
}

func TestFakeRuntimePodStatusCopies(t *testing.T) {
	status := kubecontainer.PodStatus{ID: "stored", Name: "n", IPs: []string{"10.0.0.1"}}
	calls := map[string]func(f *FakeRuntime) (*kubecontainer.PodStatus, error){
		"GetPodStatus": func(f *FakeRuntime) (*kubecontainer.PodStatus, error) {
			return f.GetPodStatus(context.Background(), "asked", "name", "ns")
		},
		"GeneratePodStatus": func(f *FakeRuntime) (*kubecontainer.PodStatus, error) { return f.GeneratePodStatus(nil) },
	}
	for name, call := range calls {
		call := call
		t.Run(name, func(t *testing.T) {
			f := &FakeRuntime{PodStatus: status, Err: errFake}
			first, err := call(f)
			assert.Same(t, errFake, err)
			assert.Equal(t, &status, first)
			assert.Equal(t, "stored", string(first.ID), "the arguments are ignored")

			first.Name = "changed"
			second, _ := call(f)
			assert.NotSame(t, first, second)
			assert.Equal(t, "n", f.PodStatus.Name, "top-level fields are copied")

			second.IPs[0] = "shared"
			assert.Equal(t, "shared", f.PodStatus.IPs[0], "the copy is shallow")
		})
	}
}

func TestFakeRuntimeGetContainerLogsWritesNothing(t *testing.T) {
	var stdout, stderr bytes.Buffer
	f := &FakeRuntime{}
	require.NoError(t, f.GetContainerLogs(context.Background(), &v1.Pod{}, kubecontainer.ContainerID{}, &v1.PodLogOptions{}, &stdout, &stderr))
	assert.Zero(t, stdout.Len()+stderr.Len())
}

func TestFakeRuntimeNilResults(t *testing.T) {
	f := &FakeRuntime{}
	descriptors, err := f.ListMetricDescriptors(context.Background())
	assert.NoError(t, err)
	assert.Nil(t, descriptors)
	metrics, err := f.ListPodSandboxMetrics(context.Background())
	assert.NoError(t, err)
	assert.Nil(t, metrics)
	stats, err := f.ImageStats(context.Background())
	assert.NoError(t, err)
	assert.Nil(t, stats)
}

// TestFakeRuntimeConcurrentUse makes every recording call from several
// goroutines and checks that each was recorded once per call; the race
// detector checks the locking.
func TestFakeRuntimeConcurrentUse(t *testing.T) {
	f := &FakeStreamingRuntime{&FakeRuntime{RuntimeType: "fake"}}
	ctx := context.Background()
	image := kubecontainer.ImageSpec{Image: "img"}
	fakestest.ConcurrentUse(t, map[string]func(){
		"Version":            func() { _, _ = f.Version(ctx) },
		"APIVersion":         func() { _, _ = f.APIVersion() },
		"Status":             func() { _, _ = f.Status(ctx) },
		"GetPods":            func() { _, _ = f.GetPods(ctx, true) },
		"SyncPod":            func() { f.SyncPod(ctx, &v1.Pod{}, nil, nil, nil) },
		"KillPod":            func() { _ = f.KillPod(ctx, nil, kubecontainer.Pod{}, nil) },
		"KillContainerInPod": func() { _ = f.KillContainerInPod(v1.Container{}, &v1.Pod{}) },
		"GetPodStatus":       func() { _, _ = f.GetPodStatus(ctx, "", "", "") },
		"GeneratePodStatus":  func() { _, _ = f.GeneratePodStatus(nil) },
		"PullImage":          func() { _, _ = f.PullImage(ctx, image, nil, nil) },
		"GetImageRef":        func() { _, _ = f.GetImageRef(ctx, image) },
		"ListImages":         func() { _, _ = f.ListImages(ctx) },
		"GetExec":            func() { _, _ = f.GetExec(ctx, kubecontainer.ContainerID{}, nil, false, false, false, false) },
	}, []func(){
		func() { f.Type() },
		func() { f.UnblockImagePulls(2) },
	}, func() []string { f.Lock(); defer f.Unlock(); return f.CalledFunctions })
}
