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
)

// Version is the version of a runtime or of its API.
type Version interface {
	// Compare returns -1, 0 or 1 as the version is older than, equal to
	// or newer than other; an error when other does not parse.
	Compare(other string) (int, error)
	// String returns the version's text.
	String() string
}

// Option configures a Runtime.
type Option func(Runtime)

// Runtime is the kubelet's view of a container runtime. Implementations
// must be safe for concurrent use.
type Runtime interface {
	// Type names the runtime, such as "containerd".
	Type() string
	// Version returns the runtime's version.
	Version(ctx context.Context) (Version, error)
	// APIVersion returns the cached version of the runtime's API.
	APIVersion() (Version, error)
	// Status returns the runtime's conditions; an error means the call
	// failed, not that the runtime is unhealthy.
	Status(ctx context.Context) (*RuntimeStatus, error)
	// GetPods lists the pods with running containers, or with all
	// containers, dead ones included, when all is true.
	GetPods(ctx context.Context, all bool) ([]*Pod, error)
	// GarbageCollect removes dead containers as gcPolicy allows; see
	// GCPolicy and NewContainerGC for the two flags.
	GarbageCollect(ctx context.Context, gcPolicy GCPolicy, allSourcesReady bool, evictNonDeletedPods bool) error
	// SyncPod makes the runtime run pod as its spec says.
	SyncPod(ctx context.Context, pod *v1.Pod, podStatus *PodStatus, pullSecrets []v1.Secret, backOff *flowcontrol.Backoff) PodSyncResult
	// KillPod stops every container of runningPod; pod may be nil.
	// gracePeriodOverride is set only for the kubelet's forced kills.
	KillPod(ctx context.Context, pod *v1.Pod, runningPod Pod, gracePeriodOverride *int64) error
	// GetPodStatus returns the pod's status and those of the containers
	// the runtime has of it.
	GetPodStatus(ctx context.Context, uid types.UID, name, namespace string) (*PodStatus, error)
	// GetContainerLogs copies the container's logs to stdout and stderr as
	// logOptions say.
	GetContainerLogs(ctx context.Context, pod *v1.Pod, containerID ContainerID, logOptions *v1.PodLogOptions, stdout, stderr io.Writer) (err error)
	// DeleteContainer removes a container that is not running.
	DeleteContainer(ctx context.Context, containerID ContainerID) error
	// ImageService holds the image operations.
	ImageService
	// UpdatePodCIDR gives the runtime the node's new pod CIDR.
	UpdatePodCIDR(ctx context.Context, podCIDR string) error
	// CheckpointContainer writes a checkpoint archive of a container.
	CheckpointContainer(ctx context.Context, options *runtimeapi.CheckpointContainerRequest) error
	// GeneratePodStatus builds a pod status from a CRI container event.
	GeneratePodStatus(event *runtimeapi.ContainerEventResponse) (*PodStatus, error)
	// ListMetricDescriptors describes what ListPodSandboxMetrics returns.
	ListMetricDescriptors(ctx context.Context) ([]*runtimeapi.MetricDescriptor, error)
	// ListPodSandboxMetrics returns the metrics of the pod sandboxes.
	ListPodSandboxMetrics(ctx context.Context) ([]*runtimeapi.PodSandboxMetrics, error)
	// GetContainerStatus returns the status of one container.
	GetContainerStatus(ctx context.Context, id ContainerID) (*Status, error)
}

// StreamingRuntime hands out the URLs of a streaming server for exec,
// attach and port-forward requests.
type StreamingRuntime interface {
	GetExec(ctx context.Context, id ContainerID, cmd []string, stdin, stdout, stderr, tty bool) (*url.URL, error)
	GetAttach(ctx context.Context, id ContainerID, stdin, stdout, stderr, tty bool) (*url.URL, error)
	GetPortForward(ctx context.Context, podName, podNamespace string, podUID types.UID, ports []int32) (*url.URL, error)
}

// ImageService is what a runtime does with images.
type ImageService interface {
	// PullImage pulls image with pullSecrets and returns its reference,
	// a digest or an ID.
	PullImage(ctx context.Context, image ImageSpec, pullSecrets []v1.Secret, podSandboxConfig *runtimeapi.PodSandboxConfig) (string, error)
	// GetImageRef returns the reference of image when the node has it,
	// and "" without an error when it does not.
	GetImageRef(ctx context.Context, image ImageSpec) (string, error)
	// ListImages returns the node's images.
	ListImages(ctx context.Context) ([]Image, error)
	// RemoveImage deletes image from the node.
	RemoveImage(ctx context.Context, image ImageSpec) error
	// ImageStats sums up the node's images.
	ImageStats(ctx context.Context) (*ImageStats, error)
	// ImageFsInfo reports the filesystems of the images and of the
	// containers' writable layers.
	ImageFsInfo(ctx context.Context) (*runtimeapi.ImageFsInfoResponse, error)
	// GetImageSize returns the size of image in bytes.
	GetImageSize(ctx context.Context, image ImageSpec) (uint64, error)
}

// Attacher connects to the standard streams of a running container.
type Attacher interface {
	AttachContainer(ctx context.Context, id ContainerID, stdin io.Reader, stdout, stderr io.WriteCloser, tty bool, resize <-chan remotecommand.TerminalSize) (err error)
}

// CommandRunner runs a command in a container.
type CommandRunner interface {
	// RunInContainer runs cmd in the container and returns its output
	// once it ends; a non-zero exit gives a k8s.io/utils/exec.ExitError.
	RunInContainer(ctx context.Context, id ContainerID, cmd []string, timeout time.Duration) ([]byte, error)
}

// HandlerRunner runs a lifecycle hook of a container.
type HandlerRunner interface {
	Run(ctx context.Context, containerID ContainerID, pod *v1.Pod, container *v1.Container, handler *v1.LifecycleHandler) (string, error)
}
