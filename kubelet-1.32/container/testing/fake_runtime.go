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
	kubecontainer "github.com/kubecontainer/kubecontainer/kubelet-1.32/container"
)

var (
	_ kubecontainer.Runtime              = &FakeRuntime{}
	_ kubecontainer.StreamingRuntime     = &FakeStreamingRuntime{}
	_ kubecontainer.Version              = &FakeVersion{}
	_ kubecontainer.OSInterface          = &FakeOS{}
	_ kubecontainer.RuntimeHelper        = &FakeRuntimeHelper{}
	_ kubecontainer.CommandRunner        = &FakeContainerCommandRunner{}
	_ kubecontainer.RuntimeCache         = &FakeRuntimeCache{}
	_ kubecontainer.SourcesReadyProvider = &FakeReadyProvider{}
)

// FakePod is a pod FakeRuntime.GetPods returns. No fake reads NetnsPath.
type FakePod struct {
	Pod       *kubecontainer.Pod
	NetnsPath string
}

// VolumePlugin is what FakeRuntime.RunContainerInPod takes of a volume
// plugin (and never calls): k8s.io/kubernetes/pkg/volume.VolumePlugin has
// its method.
type VolumePlugin = volume.Plugin

// TB is where FakeRuntime's Assert helpers report a failure; every
// testing.TB is one.
type TB interface {
	Errorf(format string, args ...any)
}

// FakeRuntime is a kubecontainer.Runtime that answers from its fields and
// records its calls: CalledFunctions lists them; StartedPods and
// KilledPods the pods SyncPod and KillPod got; StartedContainers and
// KilledContainers the containers SyncPod, RunContainerInPod, KillPod and
// KillContainerInPod handled. GetPods returns PodList, or AllPodList;
// PullImage and RemoveImage change ImageList; ImageFsInfo reports
// ImageFsStats and ContainerFsStats; GetPodStatus and GeneratePodStatus
// copy PodStatus; Status returns RuntimeStatus; Version, APIVersion and
// Type return VersionInfo, APIVersionInfo and RuntimeType. Most methods
// return Err, the others say which error they return. No method reads
// APIPodStatus. The Assert helpers report to T.
//
// A recording method holds the embedded mutex (PullImage lets go of it
// before it blocks); change the fields of a runtime in use between Lock
// and Unlock, and call no method while holding the lock. Type,
// UpdatePodCIDR and UnblockImagePulls neither record nor lock. The zero
// value is ready to use.
type FakeRuntime struct {
	sync.Mutex
	CalledFunctions   []string
	PodList           []*FakePod
	AllPodList        []*FakePod
	ImageList         []kubecontainer.Image
	ImageFsStats      []*runtimeapi.FilesystemUsage
	ContainerFsStats  []*runtimeapi.FilesystemUsage
	APIPodStatus      v1.PodStatus
	PodStatus         kubecontainer.PodStatus
	StartedPods       []string
	KilledPods        []string
	StartedContainers []string
	KilledContainers  []string
	RuntimeStatus     *kubecontainer.RuntimeStatus
	VersionInfo       string
	APIVersionInfo    string
	RuntimeType       string
	Err               error
	InspectErr        error
	StatusErr         error
	// BlockImagePulls makes PullImage wait for UnblockImagePulls or the
	// end of its context.
	BlockImagePulls bool

	// imagePulls is the one-token bucket of blocked pulls.
	imagePulls fakes.PullGate
	// sideLock guards RuntimeType, which Type reads without the mutex.
	sideLock sync.Mutex

	T TB
}

// Type returns RuntimeType.
func (f *FakeRuntime) Type() string {
	f.sideLock.Lock()
	defer f.sideLock.Unlock()
	return f.RuntimeType
}

// Version returns a FakeVersion of VersionInfo, non-nil even with Err.
func (f *FakeRuntime) Version(_ context.Context) (kubecontainer.Version, error) {
	return fakes.RecordCallAnswer(f, &f.CalledFunctions, "Version", func() (kubecontainer.Version, error) {
		return &FakeVersion{Version: f.VersionInfo}, f.Err
	})
}

// APIVersion returns a FakeVersion of APIVersionInfo and Err.
func (f *FakeRuntime) APIVersion() (kubecontainer.Version, error) {
	return fakes.RecordCallAnswer(f, &f.CalledFunctions, "APIVersion", func() (kubecontainer.Version, error) {
		return &FakeVersion{Version: f.APIVersionInfo}, f.Err
	})
}

// Status returns the RuntimeStatus pointer itself and StatusErr.
func (f *FakeRuntime) Status(_ context.Context) (*kubecontainer.RuntimeStatus, error) {
	return fakes.RecordCallAnswer(f, &f.CalledFunctions, "Status", func() (*kubecontainer.RuntimeStatus, error) {
		return f.RuntimeStatus, f.StatusErr
	})
}

// GetPods returns, with Err, a new slice (nil for none) of the pods of
// AllPodList when all is true, of PodList otherwise.
func (f *FakeRuntime) GetPods(_ context.Context, all bool) ([]*kubecontainer.Pod, error) {
	return fakes.RecordCallAnswer(f, &f.CalledFunctions, "GetPods", func() ([]*kubecontainer.Pod, error) {
		list := f.PodList
		if all {
			list = f.AllPodList
		}
		return fakes.Convert(list, func(p *FakePod) *kubecontainer.Pod { return p.Pod }), f.Err
	})
}

// SyncPod records the pod's UID in StartedPods and its regular containers'
// names in StartedContainers, and returns a result whose SyncError is Err.
func (f *FakeRuntime) SyncPod(_ context.Context, pod *v1.Pod, _ *kubecontainer.PodStatus, _ []v1.Secret, backOff *flowcontrol.Backoff) (result kubecontainer.PodSyncResult) {
	result.SyncError = fakes.RecordCallUpdate(f, &f.CalledFunctions, "SyncPod", func() error {
		fakes.StartPod(&f.StartedPods, &f.StartedContainers, pod)
		return f.Err
	})
	return result
}

// KillPod records runningPod's ID in KilledPods and its containers' names
// in KilledContainers, and returns Err; pod is not read.
func (f *FakeRuntime) KillPod(_ context.Context, pod *v1.Pod, runningPod kubecontainer.Pod, gracePeriodOverride *int64) error {
	return fakes.RecordCallUpdate(f, &f.CalledFunctions, "KillPod", func() error {
		names := fakes.Convert(runningPod.Containers, func(c *kubecontainer.Container) string { return c.Name })
		fakes.KillPod(&f.KilledPods, &f.KilledContainers, string(runningPod.ID), names)
		return f.Err
	})
}

// RunContainerInPod records container.Name in StartedContainers, appends
// container to the caller's pod.Spec.Containers and returns Err.
func (f *FakeRuntime) RunContainerInPod(container v1.Container, pod *v1.Pod, volumeMap map[string]VolumePlugin) error {
	return fakes.RecordCallUpdate(f, &f.CalledFunctions, "RunContainerInPod", func() error {
		fakes.RunContainer(&f.StartedContainers, container, pod)
		return f.Err
	})
}

// KillContainerInPod records container.Name in KilledContainers and
// returns Err.
func (f *FakeRuntime) KillContainerInPod(container v1.Container, pod *v1.Pod) error {
	return fakes.RecordCallUpdate(f, &f.CalledFunctions, "KillContainerInPod", func() error {
		f.KilledContainers = append(f.KilledContainers, container.Name)
		return f.Err
	})
}

// GeneratePodStatus returns a new shallow copy of PodStatus and Err.
func (f *FakeRuntime) GeneratePodStatus(event *runtimeapi.ContainerEventResponse) (*kubecontainer.PodStatus, error) {
	return fakes.RecordCallAnswer(f, &f.CalledFunctions, "GeneratePodStatus", f.copyPodStatus)
}

// GetPodStatus returns a new shallow copy of PodStatus and Err, whatever
// the arguments.
func (f *FakeRuntime) GetPodStatus(_ context.Context, uid types.UID, name, namespace string) (*kubecontainer.PodStatus, error) {
	return fakes.RecordCallAnswer(f, &f.CalledFunctions, "GetPodStatus", f.copyPodStatus)
}

// copyPodStatus returns a shallow copy of PodStatus and Err. The caller
// holds the lock.
func (f *FakeRuntime) copyPodStatus() (*kubecontainer.PodStatus, error) {
	status := f.PodStatus
	return &status, f.Err
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

// GetContainerStatus returns a new empty Status, even with Err, and Err.
func (f *FakeRuntime) GetContainerStatus(_ context.Context, _ kubecontainer.ContainerID) (status *kubecontainer.Status, err error) {
	return &kubecontainer.Status{}, fakes.RecordCall(f, &f.CalledFunctions, "GetContainerStatus", &f.Err)
}

// UpdatePodCIDR returns nil.
func (f *FakeRuntime) UpdatePodCIDR(_ context.Context, c string) error {
	return nil
}
