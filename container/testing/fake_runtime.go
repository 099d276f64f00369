package testing

import (
	"context"
	"io"
	"sync"
	"testing"

	v1 "k8s.io/api/core/v1"
	"k8s.io/apimachinery/pkg/types"
	"k8s.io/client-go/util/flowcontrol"
	runtimeapi "k8s.io/cri-api/pkg/apis/runtime/v1"

	kubecontainer "github.com/kubecontainer/kubecontainer/container"
	"github.com/kubecontainer/kubecontainer/internal/fakes"
)

var _ kubecontainer.Runtime = &FakeRuntime{}

// FakePod is a pod that FakeRuntime.GetPods hands out. NetnsPath is kept for
// callers (CRI shims record the network namespace of a sandbox in it); no
// fake reads it.
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

// FakeRuntime is a kubecontainer.Runtime that answers from its exported
// fields and records what it was asked.
//
// Every Runtime method except Type and UpdatePodCIDR appends its name to
// CalledFunctions and holds the embedded mutex while it runs (PullImage
// releases it before it blocks), so a test that changes fields while the
// runtime is in use should do so between Lock and Unlock. Calling one of
// those methods, ClearCalls or an Assert helper while holding the lock
// deadlocks; Type, UpdatePodCIDR and UnblockImagePulls do not take it. Which
// error field each method returns is documented on the method; most return
// Err.
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
	// APIPodStatus is kept for upstream compatibility; only ClearCalls
	// touches it.
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
	// Err is the error most methods return.
	Err error
	// InspectErr is the error GetImageRef returns for an unknown image.
	InspectErr error
	// StatusErr is the error Status returns.
	StatusErr error
	// BlockImagePulls makes PullImage wait for a token from
	// UnblockImagePulls (or for its context to end).
	BlockImagePulls bool
	// imagePulls holds blocked pulls: a one-token bucket, created by the
	// first pull that blocks, with its own lock, so UnblockImagePulls
	// works while a caller holds the embedded mutex.
	imagePulls fakes.PullGate
	// sideLock guards RuntimeType, which upstream's lock-free Type reads,
	// so Type stays race-free without taking the embedded mutex.
	sideLock sync.Mutex
	// T is where the Assert helpers report failures.
	T *testing.T
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

// Status returns the RuntimeStatus pointer itself (not a copy) and StatusErr.
func (f *FakeRuntime) Status(_ context.Context) (*kubecontainer.RuntimeStatus, error) {
	return fakes.RecordCallAnswer(f, &f.CalledFunctions, "Status", func() (*kubecontainer.RuntimeStatus, error) {
		return f.RuntimeStatus, f.StatusErr
	})
}

// GetPods returns the Pod of every entry of AllPodList when all is true, of
// PodList otherwise, in a new slice (nil when the list is empty) that shares
// the pods. It returns Err too, with the pods.
func (f *FakeRuntime) GetPods(_ context.Context, all bool) ([]*kubecontainer.Pod, error) {
	return fakes.RecordCallAnswer(f, &f.CalledFunctions, "GetPods", func() ([]*kubecontainer.Pod, error) {
		if all {
			return fakes.Convert(f.AllPodList, podOf), f.Err
		}
		return fakes.Convert(f.PodList, podOf), f.Err
	})
}

// podOf returns the pod of a FakePod.
func podOf(fakePod *FakePod) *kubecontainer.Pod {
	return fakePod.Pod
}

// containerName returns the name of a running container.
func containerName(c *kubecontainer.Container) string {
	return c.Name
}

// SyncPod records the pod's UID in StartedPods and the names of its regular
// containers (not init or ephemeral ones) in StartedContainers. The result
// carries Err as its SyncError and no step results.
func (f *FakeRuntime) SyncPod(_ context.Context, pod *v1.Pod, _ *kubecontainer.PodStatus, _ []v1.Secret, backOff *flowcontrol.Backoff) (result kubecontainer.PodSyncResult) {
	f.Lock()
	defer f.Unlock()
	f.record("SyncPod")
	fakes.StartPod(&f.StartedPods, &f.StartedContainers, pod)
	if f.Err != nil {
		result.SyncError = f.Err
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
// PodStatus, and Err.
func (f *FakeRuntime) GeneratePodStatus(event *runtimeapi.ContainerEventResponse) (*kubecontainer.PodStatus, error) {
	return fakes.RecordCallAnswer(f, &f.CalledFunctions, "GeneratePodStatus", func() (*kubecontainer.PodStatus, error) {
		status := f.PodStatus
		return &status, f.Err
	})
}

// GetPodStatus returns a new shallow copy of PodStatus, and Err. The
// arguments are ignored: the ID is whatever PodStatus.ID holds.
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

// UpdatePodCIDR does nothing and returns nil. It records nothing.
func (f *FakeRuntime) UpdatePodCIDR(_ context.Context, c string) error {
	return nil
}
