package testing

import (
	"context"
	"errors"
	"fmt"
	"sync"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	v1 "k8s.io/api/core/v1"
	"k8s.io/apimachinery/pkg/types"
	runtimeapi "k8s.io/cri-api/pkg/apis/runtime/v1"
	"k8s.io/klog/v2"

	kubecontainer "github.com/kubecontainer/kubecontainer/kubelet-1.37/container"
	kubetypes "github.com/kubecontainer/kubecontainer/kubelet-1.37/kubelettypes"
)

var errBoom = errors.New("boom")

// apiPod returns a pod with the given UID and regular containers, plus an
// init and an ephemeral container that SyncPod must not record.
func apiPod(uid string, containers ...string) *v1.Pod {
	pod := &v1.Pod{}
	pod.UID = types.UID(uid)
	pod.Spec.InitContainers = []v1.Container{{Name: "init"}}
	pod.Spec.EphemeralContainers = []v1.EphemeralContainer{{EphemeralContainerCommon: v1.EphemeralContainerCommon{Name: "debug"}}}
	for _, name := range containers {
		pod.Spec.Containers = append(pod.Spec.Containers, v1.Container{Name: name})
	}
	return pod
}

// testLogger is the logger the tests hand to methods that take one.
func testLogger() klog.Logger { return klog.Background() }

func TestFakeRuntimeErrorsAndRecords(t *testing.T) {
	ctx := context.Background()
	running := &kubecontainer.Pod{ID: "p1"}
	tests := []struct {
		name string
		call func(f *FakeRuntime) error
	}{
		{"Version", func(f *FakeRuntime) error { v, err := f.Version(ctx); assertVersion(t, v, "v"); return err }},
		{"APIVersion", func(f *FakeRuntime) error { v, err := f.APIVersion(); assertVersion(t, v, "api"); return err }},
		{"GetContainerLogs", func(f *FakeRuntime) error {
			return f.GetContainerLogs(ctx, nil, kubecontainer.ContainerID{}, nil, nil, nil)
		}},
		{"GarbageCollect", func(f *FakeRuntime) error { return f.GarbageCollect(ctx, kubecontainer.GCPolicy{}, true, false) }},
		{"DeleteContainer", func(f *FakeRuntime) error { return f.DeleteContainer(ctx, kubecontainer.ContainerID{}) }},
		{"CheckpointContainer", func(f *FakeRuntime) error { return f.CheckpointContainer(ctx, nil) }},
		{"ListMetricDescriptors", func(f *FakeRuntime) error { d, err := f.ListMetricDescriptors(ctx); assert.Nil(t, d); return err }},
		{"ListPodSandboxMetrics", func(f *FakeRuntime) error { m, err := f.ListPodSandboxMetrics(ctx); assert.Nil(t, m); return err }},
		{"GetContainerStatus", func(f *FakeRuntime) error {
			s, err := f.GetContainerStatus(ctx, "uid", kubecontainer.ContainerID{})
			assert.Equal(t, &kubecontainer.Status{}, s, "a new empty status, even with Err")
			return err
		}},
		{"ImageStats", func(f *FakeRuntime) error { s, err := f.ImageStats(ctx); assert.Nil(t, s); return err }},
		{"GetImageSize", func(f *FakeRuntime) error {
			n, err := f.GetImageSize(ctx, kubecontainer.ImageSpec{})
			assert.Zero(t, n)
			return err
		}},
		{"GetPodStatus", func(f *FakeRuntime) error { s, err := f.GetPodStatus(ctx, running); assert.NotNil(t, s); return err }},
		{"KillPod", func(f *FakeRuntime) error { return f.KillPod(ctx, nil, *running, nil) }},
		{"KillContainerInPod", func(f *FakeRuntime) error { return f.KillContainerInPod(v1.Container{Name: "c"}, nil) }},
		{"RunContainerInPod", func(f *FakeRuntime) error { return f.RunContainerInPod(v1.Container{Name: "c"}, &v1.Pod{}, nil) }},
		{"ListImages", func(f *FakeRuntime) error { _, err := f.ListImages(ctx); return err }},
		{"ImageFsInfo", func(f *FakeRuntime) error { r, err := f.ImageFsInfo(ctx); assert.NotNil(t, r); return err }},
		{"GetPods", func(f *FakeRuntime) error { _, err := f.GetPods(ctx, false); return err }},
	}
	for _, tt := range tests {
		for _, err := range []error{nil, errBoom} {
			t.Run(fmt.Sprintf("%s/err=%v", tt.name, err), func(t *testing.T) {
				f := &FakeRuntime{Err: err, VersionInfo: "v", APIVersionInfo: "api", InspectErr: errors.New("inspect"), StatusErr: errors.New("status")}
				assert.Equal(t, err, tt.call(f))
				assert.Equal(t, []string{tt.name}, f.CalledFunctions)
			})
		}
	}
}

func assertVersion(t *testing.T, v kubecontainer.Version, want string) {
	t.Helper()
	if assert.NotNil(t, v) {
		assert.Equal(t, want, v.String())
	}
}

func TestFakeRuntimeUnrecordedMethods(t *testing.T) {
	ctx := context.Background()
	f := &FakeRuntime{RuntimeType: "fake", Err: errBoom, PodResizeInProgress: true}
	assert.Equal(t, "fake", f.Type())
	assert.NoError(t, f.UpdatePodCIDR(ctx, "10.0.0.0/24"))
	assert.True(t, f.IsPodResizeInProgress(nil, nil))
	assert.NoError(t, f.UpdateActuatedPodLevelResources(testLogger(), nil))
	f.InitializeActuatedPod(testLogger(), nil)
	f.SetImageFsStats([]*runtimeapi.FilesystemUsage{{}})
	f.SetContainerFsStats([]*runtimeapi.FilesystemUsage{{}, {}})
	f.UnblockImagePulls(3)
	f.SendImagePullError(errBoom)
	assert.Nil(t, f.CalledFunctions)
	assert.Len(t, f.ImageFsStats, 1)
	assert.Len(t, f.ContainerFsStats, 2)
}

func TestFakeRuntimeStatus(t *testing.T) {
	status := &kubecontainer.RuntimeStatus{}
	tests := []struct {
		name    string
		fake    *FakeRuntime
		want    *kubecontainer.RuntimeStatus
		wantErr error
	}{
		{name: "unset", fake: &FakeRuntime{Err: errBoom}},
		{name: "the pointer itself, StatusErr", fake: &FakeRuntime{RuntimeStatus: status, StatusErr: errBoom}, want: status, wantErr: errBoom},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, err := tt.fake.Status(context.Background())
			assert.Same(t, tt.want, got)
			assert.Equal(t, tt.wantErr, err)
		})
	}
}

func TestFakeRuntimeGetPods(t *testing.T) {
	a, b := &kubecontainer.Pod{ID: "a"}, &kubecontainer.Pod{ID: "b"}
	f := &FakeRuntime{PodList: []*FakePod{{Pod: a}}, AllPodList: []*FakePod{{Pod: a}, {Pod: b}}}
	tests := []struct {
		all  bool
		want []*kubecontainer.Pod
	}{{false, []*kubecontainer.Pod{a}}, {true, []*kubecontainer.Pod{a, b}}}
	for _, tt := range tests {
		got, err := f.GetPods(context.Background(), tt.all)
		require.NoError(t, err)
		assert.Equal(t, tt.want, got)
		assert.Same(t, a, got[0])
	}
	empty, err := (&FakeRuntime{Err: errBoom}).GetPods(context.Background(), true)
	assert.Nil(t, empty)
	assert.Equal(t, errBoom, err)
}

func TestFakeRuntimeGetPod(t *testing.T) {
	running, all, onlyAll := &kubecontainer.Pod{ID: "a"}, &kubecontainer.Pod{ID: "a", Name: "from AllPodList"}, &kubecontainer.Pod{ID: "b"}
	pods := []*FakePod{{Pod: running}}
	allPods := []*FakePod{{Pod: all}, {Pod: onlyAll}}
	tests := []struct {
		name    string
		fake    *FakeRuntime
		uid     string
		want    *kubecontainer.Pod
		wantErr string
	}{
		{name: "PodList first", fake: &FakeRuntime{PodList: pods, AllPodList: allPods}, uid: "a", want: running},
		{name: "then AllPodList", fake: &FakeRuntime{PodList: pods, AllPodList: allPods}, uid: "b", want: onlyAll},
		{name: "missing", fake: &FakeRuntime{PodList: pods, AllPodList: allPods}, uid: "c", wantErr: "pod sandboxes not found"},
		{name: "Err before the lists", fake: &FakeRuntime{PodList: pods, Err: errBoom}, uid: "a", wantErr: "boom"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, err := tt.fake.GetPod(context.Background(), types.UID(tt.uid))
			assert.Same(t, tt.want, got)
			if tt.wantErr == "" {
				assert.NoError(t, err)
			} else {
				assert.EqualError(t, err, tt.wantErr)
			}
			assert.Nil(t, tt.fake.CalledFunctions, "GetPod records nothing")
		})
	}
}

func TestFakeRuntimeGetPodMissingIsErrPodNotFound(t *testing.T) {
	_, err := (&FakeRuntime{}).GetPod(context.Background(), "missing")
	assert.Same(t, kubecontainer.ErrPodNotFound, err, "the package's sentinel, as upstream's fake returns it")
}

func TestFakeRuntimeSyncPod(t *testing.T) {
	preset := &kubecontainer.PodSyncResult{SyncError: errors.New("preset")}
	tests := []struct {
		name      string
		fake      *FakeRuntime
		wantError error
	}{
		{name: "no error", fake: &FakeRuntime{}},
		{name: "Err", fake: &FakeRuntime{Err: errBoom}, wantError: errBoom},
		{name: "SyncResults win", fake: &FakeRuntime{Err: errBoom, SyncResults: preset}, wantError: preset.SyncError},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			result := tt.fake.SyncPod(context.Background(), apiPod("u1", "a", "b"), nil, nil, nil, false)
			assert.Equal(t, tt.wantError, result.SyncError)
			assert.Nil(t, result.SyncResults)
			assert.Equal(t, []string{"u1"}, tt.fake.StartedPods)
			assert.Equal(t, []string{"a", "b"}, tt.fake.StartedContainers)
		})
	}
}

func TestFakeRuntimeKillAndRun(t *testing.T) {
	f := &FakeRuntime{}
	running := kubecontainer.Pod{ID: "running-id", Containers: []*kubecontainer.Container{{Name: "x"}, {Name: "y"}}}
	require.NoError(t, f.KillPod(context.Background(), apiPod("api-uid"), running, nil))
	require.NoError(t, f.KillContainerInPod(v1.Container{Name: "z"}, nil))
	pod := apiPod("u", "a")
	require.NoError(t, f.RunContainerInPod(v1.Container{Name: "a"}, pod, map[string]VolumePlugin{}))
	assert.Equal(t, []string{"running-id"}, f.KilledPods)
	assert.Equal(t, []string{"x", "y", "z"}, f.KilledContainers)
	assert.Equal(t, []string{"a"}, f.StartedContainers)
	assert.Len(t, pod.Spec.Containers, 2, "the caller's pod gains the container, with no duplicate check")
}

func TestFakeRuntimePodStatusCopies(t *testing.T) {
	f := &FakeRuntime{PodStatus: kubecontainer.PodStatus{ID: "stored", IPs: []string{"10.0.0.1"}}}
	got, err := f.GetPodStatus(context.Background(), &kubecontainer.Pod{ID: "asked"})
	require.NoError(t, err)
	generated := f.GeneratePodStatus(nil)
	assert.Equal(t, "stored", string(got.ID), "the pod asked for is ignored")
	assert.NotSame(t, got, generated)
	got.ID = "changed"
	got.IPs[0] = "shared"
	assert.Equal(t, "stored", string(f.PodStatus.ID))
	assert.Equal(t, "shared", f.PodStatus.IPs[0], "the copy is shallow")
}

func TestFakeRuntimeSwapBehavior(t *testing.T) {
	f := &FakeRuntime{SwapBehavior: map[string]kubetypes.SwapBehavior{"limited": kubetypes.LimitedSwap, "empty": ""}}
	tests := []struct {
		container string
		want      kubetypes.SwapBehavior
	}{{"limited", kubetypes.LimitedSwap}, {"empty", kubetypes.NoSwap}, {"absent", kubetypes.NoSwap}}
	for _, tt := range tests {
		assert.Equal(t, tt.want, f.GetContainerSwapBehavior(nil, &v1.Container{Name: tt.container}), tt.container)
	}
	assert.Equal(t, kubetypes.NoSwap, (&FakeRuntime{}).GetContainerSwapBehavior(nil, &v1.Container{Name: "x"}))
}

func TestFakeRuntimeConcurrentUse(t *testing.T) {
	f := &FakeRuntime{}
	fs := &FakeStreamingRuntime{FakeRuntime: f}
	ctx := context.Background()
	var wg sync.WaitGroup
	for i := 0; i < 8; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			_, _, _ = f.PullImage(ctx, kubecontainer.ImageSpec{Image: "img"}, nil, nil)
			_, _ = f.GetPods(ctx, true)
			_ = f.SyncPod(ctx, apiPod("u", "c"), nil, nil, nil, false)
			_, _ = fs.GetExec(ctx, kubecontainer.ContainerID{}, nil, false, false, false, false)
			_ = f.Type()
			f.UnblockImagePulls(1)
			f.SendImagePullError(nil)
			f.SetImageFsStats(nil)
			_ = f.GetContainerSwapBehavior(nil, &v1.Container{})
		}()
	}
	wg.Wait()
	f.T = t
	f.AssertCallCounts("PullImage", 8)
	f.AssertCallCounts("GetExec", 8)
}
