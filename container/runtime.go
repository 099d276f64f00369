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

// Version is a container runtime's version: it prints itself and compares
// itself with another version string.
type Version interface {
	// Compare compares this version with other. It returns -1 when this
	// version is older, 1 when it is newer and 0 when they are equal.
	Compare(other string) (int, error)
	// String returns the version as text.
	String() string
}

// Runtime is what the kubelet needs from a container runtime. Implementations
// must be safe for concurrent use.
type Runtime interface {
	// Type returns the name of the runtime, for example "containerd".
	Type() string
	// Version returns the version of the runtime.
	Version(ctx context.Context) (Version, error)
	// APIVersion returns the cached version of the runtime's API, which
	// may differ from the version of the runtime itself.
	APIVersion() (Version, error)
	// Status returns the runtime's conditions. The error reports a
	// failure of the call itself, not an unhealthy runtime.
	Status(ctx context.Context) (*RuntimeStatus, error)
	// GetPods returns the runtime's containers grouped by pod. With all
	// set it includes exited and dead containers too, as garbage
	// collection needs.
	GetPods(ctx context.Context, all bool) ([]*Pod, error)
	// GarbageCollect removes dead containers under gcPolicy. When
	// allSourcesReady is false the kubelet has not yet seen every pod
	// source, so containers of pods it does not know must be kept. When
	// evictNonDeletedPods is true, containers and sandboxes of pods that
	// have terminated but are not deleted are removed as well.
	GarbageCollect(ctx context.Context, gcPolicy GCPolicy, allSourcesReady bool, evictNonDeletedPods bool) error
	// SyncPod drives the running pod towards the desired pod.
	SyncPod(ctx context.Context, pod *v1.Pod, podStatus *PodStatus, pullSecrets []v1.Secret, backOff *flowcontrol.Backoff) PodSyncResult
	// KillPod stops every container of runningPod. pod may be nil;
	// gracePeriodOverride, when set, replaces the pod's grace period.
	KillPod(ctx context.Context, pod *v1.Pod, runningPod Pod, gracePeriodOverride *int64) error
	// GetPodStatus returns the status of the pod and of all its
	// containers that the runtime can see.
	GetPodStatus(ctx context.Context, uid types.UID, name, namespace string) (*PodStatus, error)
	// GetContainerLogs writes the logs of a container to stdout and
	// stderr as logOptions ask (snapshot or follow, tail, ...).
	GetContainerLogs(ctx context.Context, pod *v1.Pod, containerID ContainerID, logOptions *v1.PodLogOptions, stdout, stderr io.Writer) (err error)
	// DeleteContainer removes a container; it fails for a running one.
	DeleteContainer(ctx context.Context, containerID ContainerID) error
	// ImageService gives access to the runtime's images.
	ImageService
	// UpdatePodCIDR passes a new pod CIDR on to the runtime.
	UpdatePodCIDR(ctx context.Context, podCIDR string) error
	// CheckpointContainer checkpoints a container into the checkpoint
	// directory.
	CheckpointContainer(ctx context.Context, options *runtimeapi.CheckpointContainerRequest) error
	// GeneratePodStatus builds a pod status from a CRI container event.
	GeneratePodStatus(event *runtimeapi.ContainerEventResponse) (*PodStatus, error)
	// ListMetricDescriptors describes the metrics ListPodSandboxMetrics
	// returns; the list is fixed for the life of the runtime.
	ListMetricDescriptors(ctx context.Context) ([]*runtimeapi.MetricDescriptor, error)
	// ListPodSandboxMetrics returns the metrics of every pod sandbox.
	ListPodSandboxMetrics(ctx context.Context) ([]*runtimeapi.PodSandboxMetrics, error)
}

// StreamingRuntime is implemented by runtimes that serve exec, attach and
// port-forward themselves: the kubelet redirects those requests to the URL
// the runtime returns.
type StreamingRuntime interface {
	GetExec(ctx context.Context, id ContainerID, cmd []string, stdin, stdout, stderr, tty bool) (*url.URL, error)
	GetAttach(ctx context.Context, id ContainerID, stdin, stdout, stderr, tty bool) (*url.URL, error)
	GetPortForward(ctx context.Context, podName, podNamespace string, podUID types.UID, ports []int32) (*url.URL, error)
}

// ImageService manages the images of a runtime.
type ImageService interface {
	// PullImage pulls image, using pullSecrets when the registry needs
	// them, and returns a reference (digest or ID) to the pulled image.
	PullImage(ctx context.Context, image ImageSpec, pullSecrets []v1.Secret, podSandboxConfig *runtimeapi.PodSandboxConfig) (string, error)
	// GetImageRef returns the reference (digest or ID) of an image that
	// is already present, or "" and a nil error when it is not.
	GetImageRef(ctx context.Context, image ImageSpec) (string, error)
	// ListImages returns every image on the machine.
	ListImages(ctx context.Context) ([]Image, error)
	// RemoveImage removes an image.
	RemoveImage(ctx context.Context, image ImageSpec) error
	// ImageStats returns statistics over all images.
	ImageStats(ctx context.Context) (*ImageStats, error)
}

// Attacher attaches to a running container.
type Attacher interface {
	AttachContainer(ctx context.Context, id ContainerID, stdin io.Reader, stdout, stderr io.WriteCloser, tty bool, resize <-chan remotecommand.TerminalSize) (err error)
}

// CommandRunner runs commands in containers.
type CommandRunner interface {
	// RunInContainer runs cmd in the container and waits for it to end,
	// returning its output. A non-zero exit comes back as a
	// k8s.io/utils/exec.ExitError.
	RunInContainer(ctx context.Context, id ContainerID, cmd []string, timeout time.Duration) ([]byte, error)
}

// Option is a functional option for a Runtime, for settings that are
// entirely optional.
type Option func(Runtime)
