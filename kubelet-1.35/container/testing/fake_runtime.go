package testing

import (
	"context"
	"io"
	"sync"

	v1 "k8s.io/api/core/v1"
	"k8s.io/apimachinery/pkg/types"
	"k8s.io/client-go/util/flowcontrol"
	runtimeapi "k8s.io/cri-api/pkg/apis/runtime/v1"

	"github.com/kubecontainer/kubecontainer/internal/fakes"
	"github.com/kubecontainer/kubecontainer/internal/volume"
	kubecontainer "github.com/kubecontainer/kubecontainer/kubelet-1.35/container"
	kubetypes "github.com/kubecontainer/kubecontainer/kubelet-1.35/kubelettypes"
)

// FakePod is a pod FakeRuntime hands out; no fake reads NetnsPath.
type FakePod struct {
	Pod       *kubecontainer.Pod
	NetnsPath string
}

// VolumePlugin is what RunContainerInPod accepts of a volume plugin.
type VolumePlugin = volume.Plugin

// TB is where the Assert helpers report a failure; every testing.TB is one.
type TB interface {
	Errorf(format string, args ...any)
}

// FakeRuntime is a kubecontainer.Runtime that answers from its fields and
// records what it is asked, holding the embedded mutex.
type FakeRuntime struct {
	sync.Mutex
	CalledFunctions  []string
	PodList          []*FakePod
	AllPodList       []*FakePod
	ImageList        []kubecontainer.Image
	ImageFsStats     []*runtimeapi.FilesystemUsage
	ContainerFsStats []*runtimeapi.FilesystemUsage
	// APIPodStatus is read by no method.
	APIPodStatus        v1.PodStatus
	PodStatus           kubecontainer.PodStatus
	StartedPods         []string
	KilledPods          []string
	StartedContainers   []string
	KilledContainers    []string
	RuntimeStatus       *kubecontainer.RuntimeStatus
	VersionInfo         string
	APIVersionInfo      string
	RuntimeType         string
	PodResizeInProgress bool
	SyncResults         *kubecontainer.PodSyncResult
	Err                 error
	InspectErr          error
	StatusErr           error
	BlockImagePulls     bool

	imagePulls fakes.PullGate
	// typeLock guards RuntimeType for Type, which upstream reads unlocked.
	typeLock sync.Mutex

	SwapBehavior map[string]kubetypes.SwapBehavior
	// T is where the Assert helpers report failures.
	T TB
}

// Type returns RuntimeType; it records nothing.
func (f *FakeRuntime) Type() string {
	f.typeLock.Lock()
	defer f.typeLock.Unlock()
	return f.RuntimeType
}

// Version returns a FakeVersion of VersionInfo, and Err.
func (f *FakeRuntime) Version(_ context.Context) (kubecontainer.Version, error) {
	return fakes.RecordCallAnswer(f, &f.CalledFunctions, "Version", func() (kubecontainer.Version, error) {
		return &FakeVersion{Version: f.VersionInfo}, f.Err
	})
}

// APIVersion returns a FakeVersion of APIVersionInfo, and Err.
func (f *FakeRuntime) APIVersion() (kubecontainer.Version, error) {
	return fakes.RecordCallAnswer(f, &f.CalledFunctions, "APIVersion", func() (kubecontainer.Version, error) {
		return &FakeVersion{Version: f.APIVersionInfo}, f.Err
	})
}

// Status returns RuntimeStatus itself and StatusErr.
func (f *FakeRuntime) Status(_ context.Context) (*kubecontainer.RuntimeStatus, error) {
	return fakes.RecordCallAnswer(f, &f.CalledFunctions, "Status", func() (*kubecontainer.RuntimeStatus, error) {
		return f.RuntimeStatus, f.StatusErr
	})
}

// GetPods returns the pods of AllPodList, or PodList, and Err.
func (f *FakeRuntime) GetPods(_ context.Context, all bool) ([]*kubecontainer.Pod, error) {
	return fakes.RecordCallAnswer(f, &f.CalledFunctions, "GetPods", func() ([]*kubecontainer.Pod, error) {
		if all {
			return fakes.Convert(f.AllPodList, podOf), f.Err
		}
		return fakes.Convert(f.PodList, podOf), f.Err
	})
}

// SyncPod records the pod and its regular containers as started and
// returns *SyncResults when set, else Err as the SyncError.
func (f *FakeRuntime) SyncPod(_ context.Context, pod *v1.Pod, _ *kubecontainer.PodStatus, _ []v1.Secret, backOff *flowcontrol.Backoff, _ bool) (result kubecontainer.PodSyncResult) {
	f.Lock()
	defer f.Unlock()
	f.CalledFunctions = append(f.CalledFunctions, "SyncPod")
	fakes.StartPod(&f.StartedPods, &f.StartedContainers, pod)
	if f.SyncResults != nil {
		return *f.SyncResults
	}
	if f.Err != nil {
		result.Fail(f.Err)
	}
	return result
}

// KillPod records runningPod and its containers as killed; it returns Err.
func (f *FakeRuntime) KillPod(_ context.Context, pod *v1.Pod, runningPod kubecontainer.Pod, gracePeriodOverride *int64) error {
	return fakes.RecordCallUpdate(f, &f.CalledFunctions, "KillPod", func() error {
		fakes.KillPod(&f.KilledPods, &f.KilledContainers, string(runningPod.ID), fakes.Convert(runningPod.Containers, containerName))
		return f.Err
	})
}

// RunContainerInPod records the container as started, appends it to pod
// and returns Err.
func (f *FakeRuntime) RunContainerInPod(container v1.Container, pod *v1.Pod, volumeMap map[string]VolumePlugin) error {
	return fakes.RecordCallUpdate(f, &f.CalledFunctions, "RunContainerInPod", func() error {
		fakes.RunContainer(&f.StartedContainers, container, pod)
		return f.Err
	})
}

// KillContainerInPod records the container as killed; it returns Err.
func (f *FakeRuntime) KillContainerInPod(container v1.Container, pod *v1.Pod) error {
	return fakes.RecordCallUpdate(f, &f.CalledFunctions, "KillContainerInPod", func() error {
		f.KilledContainers = append(f.KilledContainers, container.Name)
		return f.Err
	})
}

// GeneratePodStatus returns a new copy of PodStatus.
func (f *FakeRuntime) GeneratePodStatus(event *runtimeapi.ContainerEventResponse) *kubecontainer.PodStatus {
	status, _ := fakes.RecordCallAnswer(f, &f.CalledFunctions, "GeneratePodStatus", func() (*kubecontainer.PodStatus, error) {
		status := f.PodStatus
		return &status, nil
	})
	return status
}

// GetPodStatus returns a new copy of PodStatus, and Err.
func (f *FakeRuntime) GetPodStatus(_ context.Context, uid types.UID, name, namespace string) (*kubecontainer.PodStatus, error) {
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

// GetContainerStatus returns a new, empty Status and Err.
func (f *FakeRuntime) GetContainerStatus(_ context.Context, _ types.UID, _ kubecontainer.ContainerID) (status *kubecontainer.Status, err error) {
	return &kubecontainer.Status{}, fakes.RecordCall(f, &f.CalledFunctions, "GetContainerStatus", &f.Err)
}

// UpdatePodCIDR returns nil; it records nothing.
func (f *FakeRuntime) UpdatePodCIDR(_ context.Context, c string) error { return nil }

// GetContainerSwapBehavior returns SwapBehavior[container.Name] or NoSwap.
func (f *FakeRuntime) GetContainerSwapBehavior(pod *v1.Pod, container *v1.Container) kubetypes.SwapBehavior {
	return fakes.ReadLocked(f, func() kubetypes.SwapBehavior {
		if behavior := f.SwapBehavior[container.Name]; behavior != "" {
			return behavior
		}
		return kubetypes.NoSwap
	})
}

// IsPodResizeInProgress returns PodResizeInProgress.
func (f *FakeRuntime) IsPodResizeInProgress(allocatedPod *v1.Pod, podStatus *kubecontainer.PodStatus) bool {
	return fakes.ReadLocked(f, func() bool { return f.PodResizeInProgress })
}

// UpdateActuatedPodLevelResources returns nil.
func (f *FakeRuntime) UpdateActuatedPodLevelResources(allocatedPod *v1.Pod) error {
	return nil
}

// podOf returns the pod of a FakePod.
func podOf(fakePod *FakePod) *kubecontainer.Pod { return fakePod.Pod }

// containerName returns the name of a running container.
func containerName(c *kubecontainer.Container) string { return c.Name }

// AssertCalls checks that CalledFunctions equals calls, in order, nil
// differing from empty; a mismatch is reported through T.Errorf.
func (f *FakeRuntime) AssertCalls(calls []string) bool {
	return fakes.ReadLocked(f, func() bool { return fakes.AssertList(f.T, calls, f.CalledFunctions) })
}

// AssertCallCounts checks that funcName appears expectedCount times in
// CalledFunctions; a mismatch is reported through T.Errorf.
func (f *FakeRuntime) AssertCallCounts(funcName string, expectedCount int) bool {
	return fakes.ReadLocked(f, func() bool { return fakes.AssertCallCount(f.T, f.CalledFunctions, funcName, expectedCount) })
}

// AssertStartedPods checks that StartedPods equals pods, in order.
func (f *FakeRuntime) AssertStartedPods(pods []string) bool {
	return fakes.ReadLocked(f, func() bool { return fakes.AssertList(f.T, pods, f.StartedPods) })
}

// AssertKilledPods checks that KilledPods equals pods, in order.
func (f *FakeRuntime) AssertKilledPods(pods []string) bool {
	return fakes.ReadLocked(f, func() bool { return fakes.AssertList(f.T, pods, f.KilledPods) })
}

// AssertStartedContainers checks that StartedContainers equals containers,
// in order.
func (f *FakeRuntime) AssertStartedContainers(containers []string) bool {
	return fakes.ReadLocked(f, func() bool { return fakes.AssertList(f.T, containers, f.StartedContainers) })
}

// AssertKilledContainers checks that KilledContainers equals containers, in
// order.
func (f *FakeRuntime) AssertKilledContainers(containers []string) bool {
	return fakes.ReadLocked(f, func() bool { return fakes.AssertList(f.T, containers, f.KilledContainers) })
}
