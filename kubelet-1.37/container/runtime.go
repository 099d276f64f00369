package container

import (
	"context"
	"io"
	"net/url"
	"time"

	v1 "k8s.io/api/core/v1"
	"k8s.io/apimachinery/pkg/types"
	"k8s.io/client-go/tools/remotecommand"
	"k8s.io/client-go/util/flowcontrol"
	runtimeapi "k8s.io/cri-api/pkg/apis/runtime/v1"
	"k8s.io/klog/v2"

	"github.com/kubecontainer/kubecontainer/kubelet-1.37/credentialprovider"
	"github.com/kubecontainer/kubecontainer/kubelet-1.37/kubelettypes"
)

// Version is a version of a container runtime or of its API.
type Version interface {
	// Compare returns 1 when the version is newer than other, 0 when they
	// are equal and -1 when it is older, or an error when other cannot be
	// parsed.
	Compare(other string) (int, error)
	// String returns the version as text.
	String() string
}

// Option sets an optional property of a Runtime.
type Option func(Runtime)

// Runtime is a container runtime as the kubelet drives it. Implementations
// must be safe for concurrent use.
type Runtime interface {
	// Type returns the runtime's name, such as "containerd".
	Type() string
	// Version returns the runtime's version.
	Version(ctx context.Context) (Version, error)
	// APIVersion returns the runtime's API version as last cached; it may
	// differ from the version of the runtime itself.
	APIVersion() (Version, error)
	// Status returns the runtime's status. The error says that Status
	// itself failed, not that the runtime is unhealthy.
	Status(ctx context.Context) (*RuntimeStatus, error)
	// GetPods returns the runtime's containers grouped by pod; with all,
	// exited and dead containers are included (for garbage collection).
	GetPods(ctx context.Context, all bool) ([]*Pod, error)
	// GetPod returns the sandboxes and containers of one pod, or
	// ErrPodNotFound when the pod has no sandbox.
	GetPod(ctx context.Context, podUID types.UID) (*Pod, error)
	// GarbageCollect removes dead containers as gcPolicy allows. Without
	// allSourcesReady the kubelet may not know every pod yet, so the
	// containers of unknown pods are kept; with evictNonDeletedPods the
	// containers of terminated pods that are not deleted yet go too.
	GarbageCollect(ctx context.Context, gcPolicy GCPolicy, allSourcesReady bool, evictNonDeletedPods bool) error
	// SyncPod brings the running pod to the desired pod.
	SyncPod(ctx context.Context, pod *v1.Pod, podStatus *PodStatus, pullSecrets []v1.Secret, backOff *flowcontrol.Backoff, restartAllContainers bool) PodSyncResult
	// KillPod kills every container of runningPod; pod may be nil. Only
	// the kubelet's forced kills give gracePeriodOverride.
	KillPod(ctx context.Context, pod *v1.Pod, runningPod Pod, gracePeriodOverride *int64) error
	// GetPodStatus returns the status of pod and of every container of it
	// the runtime knows.
	GetPodStatus(ctx context.Context, pod *Pod) (*PodStatus, error)
	// GetContainerLogs writes the container's logs, as logOptions ask, to
	// stdout and stderr.
	GetContainerLogs(ctx context.Context, pod *v1.Pod, containerID ContainerID, logOptions *v1.PodLogOptions, stdout, stderr io.Writer) (err error)
	// DeleteContainer removes a container; it fails for a running one.
	DeleteContainer(ctx context.Context, containerID ContainerID) error
	// ImageService gives the image operations.
	ImageService
	// UpdatePodCIDR passes a new pod CIDR on to the runtime.
	UpdatePodCIDR(ctx context.Context, podCIDR string) error
	// CheckpointContainer checkpoints a container into an archive in the
	// checkpoint directory.
	CheckpointContainer(ctx context.Context, options *runtimeapi.CheckpointContainerRequest) error
	// GeneratePodStatus makes a pod status from a CRI container event.
	GeneratePodStatus(event *runtimeapi.ContainerEventResponse) *PodStatus
	// ListMetricDescriptors describes the metrics ListPodSandboxMetrics
	// returns; the list does not change while the runtime runs.
	ListMetricDescriptors(ctx context.Context) ([]*runtimeapi.MetricDescriptor, error)
	// ListPodSandboxMetrics returns the metrics of every pod sandbox.
	ListPodSandboxMetrics(ctx context.Context) ([]*runtimeapi.PodSandboxMetrics, error)
	// GetContainerStatus returns the status of one container.
	GetContainerStatus(ctx context.Context, podUID types.UID, id ContainerID) (*Status, error)
	// GetContainerSwapBehavior returns how much swap container of pod may
	// use.
	GetContainerSwapBehavior(pod *v1.Pod, container *v1.Container) kubelettypes.SwapBehavior
	// IsPodResizeInProgress reports whether the resources allocated to
	// allocatedPod differ from those in effect.
	IsPodResizeInProgress(allocatedPod *v1.Pod, podStatus *PodStatus) bool
	// UpdateActuatedPodLevelResources records actuatedPod's pod-level
	// resources as in effect.
	UpdateActuatedPodLevelResources(logger klog.Logger, actuatedPod *v1.Pod) error
	// InitializeActuatedPod records allocatedPod's container resources and
	// emptyDir size limits as in effect, where nothing is recorded yet.
	InitializeActuatedPod(logger klog.Logger, allocatedPod *v1.Pod)
}

// StreamingRuntime serves exec, attach and port-forward: each method
// returns the URL of a streaming server that does it.
type StreamingRuntime interface {
	GetExec(ctx context.Context, id ContainerID, cmd []string, stdin, stdout, stderr, tty bool) (*url.URL, error)
	GetAttach(ctx context.Context, id ContainerID, stdin, stdout, stderr, tty bool) (*url.URL, error)
	GetPortForward(ctx context.Context, podName, podNamespace string, podUID types.UID, ports []int32) (*url.URL, error)
}

// ImageService is the image part of a Runtime.
type ImageService interface {
	// PullImage pulls image, using credentials when the registry needs
	// them, and returns the image's reference (digest or ID) and the
	// credentials that pulled it: nil for an anonymous pull.
	PullImage(ctx context.Context, image ImageSpec, credentials []credentialprovider.TrackedAuthConfig, podSandboxConfig *runtimeapi.PodSandboxConfig) (string, *credentialprovider.TrackedAuthConfig, error)
	// GetImageRef returns the reference (digest or ID) of an image present
	// on the node, or "" and no error when it is not present.
	GetImageRef(ctx context.Context, image ImageSpec) (string, error)
	// ListImages returns every image on the node.
	ListImages(ctx context.Context) ([]Image, error)
	// RemoveImage removes image from the node.
	RemoveImage(ctx context.Context, image ImageSpec) error
	// ImageStats sums up the images on the node.
	ImageStats(ctx context.Context) (*ImageStats, error)
	// ImageFsInfo returns the filesystems that hold images and containers.
	ImageFsInfo(ctx context.Context) (*runtimeapi.ImageFsInfoResponse, error)
	// GetImageSize returns the size of image in bytes.
	GetImageSize(ctx context.Context, image ImageSpec) (uint64, error)
}

// Attacher attaches to a running container's standard streams.
type Attacher interface {
	AttachContainer(ctx context.Context, id ContainerID, stdin io.Reader, stdout, stderr io.WriteCloser, tty bool, resize <-chan remotecommand.TerminalSize) (err error)
}

// CommandRunner runs commands in containers.
type CommandRunner interface {
	// RunInContainer runs cmd in the container, waits for it and returns
	// its output. A non-zero exit status gives a k8s.io/utils/exec.ExitError.
	RunInContainer(ctx context.Context, id ContainerID, cmd []string, timeout time.Duration) ([]byte, error)
}

// HandlerRunner runs a container's lifecycle handler.
type HandlerRunner interface {
	Run(ctx context.Context, containerID ContainerID, pod *v1.Pod, container *v1.Container, handler *v1.LifecycleHandler) (string, error)
}
