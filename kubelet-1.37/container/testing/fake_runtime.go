package testing

import (
	"context"
	"io"
	"sync"
	stdtesting "testing"

	v1 "k8s.io/api/core/v1"
	"k8s.io/apimachinery/pkg/types"
	"k8s.io/client-go/util/flowcontrol"
	runtimeapi "k8s.io/cri-api/pkg/apis/runtime/v1"

	"github.com/kubecontainer/kubecontainer/internal/fakes"
	kubecontainer "github.com/kubecontainer/kubecontainer/kubelet-1.37/container"
	kubetypes "github.com/kubecontainer/kubecontainer/kubelet-1.37/kubelettypes"
)

var (
	_ kubecontainer.Runtime              = &FakeRuntime{}
	_ kubecontainer.ImageService         = &FakeRuntime{}
	_ kubecontainer.StreamingRuntime     = &FakeStreamingRuntime{}
	_ kubecontainer.Runtime              = &FakeStreamingRuntime{}
	_ kubecontainer.Version              = &FakeVersion{}
	_ kubecontainer.OSInterface          = &FakeOS{}
	_ kubecontainer.RuntimeHelper        = &FakeRuntimeHelper{}
	_ kubecontainer.CommandRunner        = &FakeContainerCommandRunner{}
	_ kubecontainer.RuntimeCache         = &FakeRuntimeCache{}
	_ kubecontainer.SourcesReadyProvider = &FakeReadyProvider{}
	_ TB                                 = (*stdtesting.T)(nil)
)

// FakePod is a pod that FakeRuntime.GetPods and GetPod hand out. NetnsPath
// is kept for callers (CRI shims record a sandbox's network namespace in
// it); no fake reads it.
type FakePod struct {
	Pod       *kubecontainer.Pod
	NetnsPath string
}

// VolumePlugin is the part of a volume plugin that FakeRuntime.RunContainerInPod
// accepts in its volume map. The kubelet's k8s.io/kubernetes/pkg/volume.VolumePlugin
// satisfies it. The fake never calls it.
type VolumePlugin interface {
	// GetPluginName returns the plugin's name.
	GetPluginName() string
}

// TB is where FakeRuntime's Assert helpers report a failure: *testing.T,
// *testing.B and every testing.TB are one.
type TB interface {
	Errorf(format string, args ...any)
}

// FakeRuntime is a kubecontainer.Runtime that answers from its exported
// fields and records what it was asked.
//
// Its recording methods append their name to CalledFunctions and hold the
// embedded mutex while they run (PullImage releases it before it blocks),
// so a test that changes fields while the runtime is in use should do so
// between Lock and Unlock. Calling one of those methods or an Assert helper
// while holding the lock deadlocks. Type, UpdatePodCIDR, UnblockImagePulls
// and SendImagePullError do not take it. Which error field each method
// returns is documented on the method; most return Err.
//
// The zero value is ready to use.
type FakeRuntime struct {
	sync.Mutex
	// CalledFunctions lists, in order, the methods called; nil at first.
	CalledFunctions []string
	// PodList is what GetPods(ctx, false) returns.
	PodList []*FakePod
	// AllPodList is what GetPods(ctx, true) returns.
	AllPodList []*FakePod
	// ImageList holds the images; PullImage adds to it, RemoveImage
	// deletes from it.
	ImageList []kubecontainer.Image
	// ImageFsStats are the image filesystems ImageFsInfo reports.
	ImageFsStats []*runtimeapi.FilesystemUsage
	// ContainerFsStats are the container filesystems ImageFsInfo reports.
	ContainerFsStats []*runtimeapi.FilesystemUsage
	// APIPodStatus is kept for upstream compatibility; no method reads it.
	APIPodStatus v1.PodStatus
	// PodStatus is what GetPodStatus and GeneratePodStatus copy.
	PodStatus kubecontainer.PodStatus
	// StartedPods records the UID of every pod given to SyncPod.
	StartedPods []string
	// KilledPods records the ID of every running pod given to KillPod.
	KilledPods []string
	// StartedContainers records the names of the containers started by
	// SyncPod and RunContainerInPod.
	StartedContainers []string
	// KilledContainers records the names of the containers killed by
	// KillPod and KillContainerInPod.
	KilledContainers []string
	// RuntimeStatus is what Status returns.
	RuntimeStatus *kubecontainer.RuntimeStatus
	// VersionInfo is the version Version returns.
	VersionInfo string
	// APIVersionInfo is the version APIVersion returns.
	APIVersionInfo string
	// RuntimeType is what Type returns.
	RuntimeType string
	// PodResizeInProgress is what IsPodResizeInProgress returns.
	PodResizeInProgress bool
	// SyncResults, when set, is what SyncPod returns.
	SyncResults *kubecontainer.PodSyncResult
	// Err is the error most methods return.
	Err error
	// InspectErr is the error GetImageRef returns for an unknown image.
	InspectErr error
	// StatusErr is the error Status returns.
	StatusErr error
	// BlockImagePulls makes PullImage wait for a token from
	// UnblockImagePulls, an error from SendImagePullError, or the end of
	// its context.
	BlockImagePulls bool

	// imagePulls holds blocked pulls: a one-token bucket and a one-error
	// bucket, with a lock of their own.
	imagePulls fakes.PullGate
	// sideLock guards RuntimeType for Type, which takes no embedded lock.
	sideLock sync.Mutex

	// SwapBehavior maps container names to what GetContainerSwapBehavior
	// returns for them.
	SwapBehavior map[string]kubetypes.SwapBehavior
	// T is where the Assert helpers report failures.
	T TB
}

// record appends name to CalledFunctions. The caller holds the lock.
func (f *FakeRuntime) record(name string) {
	f.CalledFunctions = append(f.CalledFunctions, name)
}

// Type returns RuntimeType. It records nothing and does not take the
// embedded mutex.
func (f *FakeRuntime) Type() string {
	f.sideLock.Lock()
	defer f.sideLock.Unlock()
	return f.RuntimeType
}

// Version returns a FakeVersion holding VersionInfo, and Err. The version is
// non-nil even when Err is set.
func (f *FakeRuntime) Version(_ context.Context) (kubecontainer.Version, error) {
	return fakes.RecordCallAnswer(f, &f.CalledFunctions, "Version", func() (kubecontainer.Version, error) {
		return &FakeVersion{Version: f.VersionInfo}, f.Err
	})
}

// APIVersion returns a FakeVersion holding APIVersionInfo, and Err.
func (f *FakeRuntime) APIVersion() (kubecontainer.Version, error) {
	return fakes.RecordCallAnswer(f, &f.CalledFunctions, "APIVersion", func() (kubecontainer.Version, error) {
		return &FakeVersion{Version: f.APIVersionInfo}, f.Err
	})
}

// Status returns the RuntimeStatus pointer itself (not a copy) and
// StatusErr.
func (f *FakeRuntime) Status(_ context.Context) (*kubecontainer.RuntimeStatus, error) {
	return fakes.RecordCallAnswer(f, &f.CalledFunctions, "Status", func() (*kubecontainer.RuntimeStatus, error) {
		return f.RuntimeStatus, f.StatusErr
	})
}

// GetPods returns the Pod of every entry of AllPodList when all is true, of
// PodList otherwise, in a new slice (nil when the list is empty) that shares
// the pods, and Err.
func (f *FakeRuntime) GetPods(_ context.Context, all bool) ([]*kubecontainer.Pod, error) {
	return fakes.RecordCallAnswer(f, &f.CalledFunctions, "GetPods", func() ([]*kubecontainer.Pod, error) {
		if all {
			return fakes.Convert(f.AllPodList, podOf), f.Err
		}
		return fakes.Convert(f.PodList, podOf), f.Err
	})
}

// GetPod returns Err when it is set. Otherwise it returns the Pod of the
// first entry of PodList, then of AllPodList, whose ID is podUID, or the
// error "pod sandboxes not found" when neither has one. It records nothing.
func (f *FakeRuntime) GetPod(_ context.Context, podUID types.UID) (*kubecontainer.Pod, error) {
	f.Lock()
	defer f.Unlock()
	if f.Err != nil {
		return nil, f.Err
	}
	for _, list := range [][]*FakePod{f.PodList, f.AllPodList} {
		for _, fakePod := range list {
			if fakePod.Pod.ID == podUID {
				return fakePod.Pod, nil
			}
		}
	}
	return nil, kubecontainer.ErrPodNotFound
}

// SyncPod records the pod's UID in StartedPods and the names of its regular
// containers (not init or ephemeral ones) in StartedContainers. It returns
// *SyncResults when that is set, otherwise a result carrying Err as its
// SyncError and no step results.
func (f *FakeRuntime) SyncPod(_ context.Context, pod *v1.Pod, _ *kubecontainer.PodStatus, _ []v1.Secret, backOff *flowcontrol.Backoff, _ bool) (result kubecontainer.PodSyncResult) {
	f.Lock()
	defer f.Unlock()
	f.record("SyncPod")
	fakes.StartPod(&f.StartedPods, &f.StartedContainers, pod)
	if f.SyncResults != nil {
		return *f.SyncResults
	}
	if f.Err != nil {
		result.Fail(f.Err)
	}
	return result
}

// KillPod records runningPod.ID (not the UID of pod, which may be nil) in
// KilledPods and the names of runningPod's containers in KilledContainers,
// and returns Err.
func (f *FakeRuntime) KillPod(_ context.Context, pod *v1.Pod, runningPod kubecontainer.Pod, gracePeriodOverride *int64) error {
	return fakes.RecordCallUpdate(f, &f.CalledFunctions, "KillPod", func() error {
		fakes.KillPod(&f.KilledPods, &f.KilledContainers, string(runningPod.ID), fakes.Convert(runningPod.Containers, containerName))
		return f.Err
	})
}

// RunContainerInPod records container.Name in StartedContainers, appends
// container to pod.Spec.Containers (changing the caller's pod, with no
// duplicate check) and returns Err. volumeMap is ignored.
func (f *FakeRuntime) RunContainerInPod(container v1.Container, pod *v1.Pod, volumeMap map[string]VolumePlugin) error {
	return fakes.RecordCallUpdate(f, &f.CalledFunctions, "RunContainerInPod", func() error {
		fakes.RunContainer(&f.StartedContainers, container, pod)
		return f.Err
	})
}

// KillContainerInPod records container.Name in KilledContainers and returns
// Err. The pod is left alone.
func (f *FakeRuntime) KillContainerInPod(container v1.Container, pod *v1.Pod) error {
	return fakes.RecordCallUpdate(f, &f.CalledFunctions, "KillContainerInPod", func() error {
		f.KilledContainers = append(f.KilledContainers, container.Name)
		return f.Err
	})
}

// GeneratePodStatus ignores the event and returns a new shallow copy of
// PodStatus.
func (f *FakeRuntime) GeneratePodStatus(event *runtimeapi.ContainerEventResponse) *kubecontainer.PodStatus {
	f.Lock()
	defer f.Unlock()
	f.record("GeneratePodStatus")
	status := f.PodStatus
	return &status
}

// GetPodStatus returns a new shallow copy of PodStatus, and Err. The pod is
// ignored: the ID is whatever PodStatus.ID holds.
func (f *FakeRuntime) GetPodStatus(_ context.Context, pod *kubecontainer.Pod) (*kubecontainer.PodStatus, error) {
	return fakes.RecordCallAnswer(f, &f.CalledFunctions, "GetPodStatus", func() (*kubecontainer.PodStatus, error) {
		status := f.PodStatus
		return &status, f.Err
	})
}

// GetContainerLogs writes nothing and returns Err.
func (f *FakeRuntime) GetContainerLogs(_ context.Context, pod *v1.Pod, containerID kubecontainer.ContainerID, logOptions *v1.PodLogOptions, stdout, stderr io.Writer) (err error) {
	return fakes.RecordCall(f, &f.CalledFunctions, "GetContainerLogs", &f.Err)
}

// GarbageCollect returns Err.
func (f *FakeRuntime) GarbageCollect(_ context.Context, gcPolicy kubecontainer.GCPolicy, ready bool, evictNonDeletedPods bool) error {
	return fakes.RecordCall(f, &f.CalledFunctions, "GarbageCollect", &f.Err)
}

// DeleteContainer returns Err.
func (f *FakeRuntime) DeleteContainer(_ context.Context, containerID kubecontainer.ContainerID) error {
	return fakes.RecordCall(f, &f.CalledFunctions, "DeleteContainer", &f.Err)
}

// CheckpointContainer returns Err.
func (f *FakeRuntime) CheckpointContainer(_ context.Context, options *runtimeapi.CheckpointContainerRequest) error {
	return fakes.RecordCall(f, &f.CalledFunctions, "CheckpointContainer", &f.Err)
}

// ListMetricDescriptors returns nil and Err.
func (f *FakeRuntime) ListMetricDescriptors(_ context.Context) ([]*runtimeapi.MetricDescriptor, error) {
	return nil, fakes.RecordCall(f, &f.CalledFunctions, "ListMetricDescriptors", &f.Err)
}

// ListPodSandboxMetrics returns nil and Err.
func (f *FakeRuntime) ListPodSandboxMetrics(_ context.Context) ([]*runtimeapi.PodSandboxMetrics, error) {
	return nil, fakes.RecordCall(f, &f.CalledFunctions, "ListPodSandboxMetrics", &f.Err)
}

// GetContainerStatus returns a new, empty Status (non-nil even when Err is
// set) and Err. The arguments are ignored.
func (f *FakeRuntime) GetContainerStatus(_ context.Context, _ types.UID, _ kubecontainer.ContainerID) (status *kubecontainer.Status, err error) {
	return &kubecontainer.Status{}, fakes.RecordCall(f, &f.CalledFunctions, "GetContainerStatus", &f.Err)
}

// UpdatePodCIDR does nothing and returns nil. It records nothing.
func (f *FakeRuntime) UpdatePodCIDR(_ context.Context, c string) error {
	return nil
}

// podOf returns the pod of a FakePod.
func podOf(fakePod *FakePod) *kubecontainer.Pod {
	return fakePod.Pod
}

// containerName returns the name of a running container.
func containerName(c *kubecontainer.Container) string {
	return c.Name
}
