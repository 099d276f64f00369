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
	statsapi "k8s.io/kubelet/pkg/apis/stats/v1alpha1"

	"github.com/kubecontainer/kubecontainer/kubelet-1.35/credentialprovider"
	"github.com/kubecontainer/kubecontainer/kubelet-1.35/kubelettypes"
)

// Version is a version of a container runtime or of its API; Compare
// returns 1, 0 or -1 as it is newer than, equal to or older than other.
type Version interface {
	Compare(other string) (int, error)
	String() string
}

// Option sets an optional property of a Runtime.
type Option func(Runtime)

// Runtime is a container runtime as the kubelet drives it; it must be safe
// for concurrent use.
type Runtime interface {
	Type() string
	Version(ctx context.Context) (Version, error)
	APIVersion() (Version, error)
	// Status returns the runtime's status; an error means Status failed.
	Status(ctx context.Context) (*RuntimeStatus, error)
	// GetPods returns the pods; all adds exited and dead containers.
	GetPods(ctx context.Context, all bool) ([]*Pod, error)
	// GarbageCollect removes dead containers as gcPolicy allows.
	GarbageCollect(ctx context.Context, gcPolicy GCPolicy, allSourcesReady bool, evictNonDeletedPods bool) error
	SyncPod(ctx context.Context, pod *v1.Pod, podStatus *PodStatus, pullSecrets []v1.Secret, backOff *flowcontrol.Backoff, restartAllContainers bool) PodSyncResult
	KillPod(ctx context.Context, pod *v1.Pod, runningPod Pod, gracePeriodOverride *int64) error
	GetPodStatus(ctx context.Context, uid types.UID, name, namespace string) (*PodStatus, error)
	GetContainerLogs(ctx context.Context, pod *v1.Pod, containerID ContainerID, logOptions *v1.PodLogOptions, stdout, stderr io.Writer) (err error)
	DeleteContainer(ctx context.Context, containerID ContainerID) error
	ImageService
	UpdatePodCIDR(ctx context.Context, podCIDR string) error
	CheckpointContainer(ctx context.Context, options *runtimeapi.CheckpointContainerRequest) error
	// GeneratePodStatus makes a pod status from a CRI container event.
	GeneratePodStatus(event *runtimeapi.ContainerEventResponse) *PodStatus
	ListMetricDescriptors(ctx context.Context) ([]*runtimeapi.MetricDescriptor, error)
	ListPodSandboxMetrics(ctx context.Context) ([]*runtimeapi.PodSandboxMetrics, error)
	GetContainerStatus(ctx context.Context, podUID types.UID, id ContainerID) (*Status, error)
	GetContainerSwapBehavior(pod *v1.Pod, container *v1.Container) kubelettypes.SwapBehavior
	IsPodResizeInProgress(allocatedPod *v1.Pod, podStatus *PodStatus) bool
	// UpdateActuatedPodLevelResources records the pod's resources as in
	// effect.
	UpdateActuatedPodLevelResources(actuatedPod *v1.Pod) error
}

// StreamingRuntime returns the URLs of exec, attach and port-forward.
type StreamingRuntime interface {
	GetExec(ctx context.Context, id ContainerID, cmd []string, stdin, stdout, stderr, tty bool) (*url.URL, error)
	GetAttach(ctx context.Context, id ContainerID, stdin, stdout, stderr, tty bool) (*url.URL, error)
	GetPortForward(ctx context.Context, podName, podNamespace string, podUID types.UID, ports []int32) (*url.URL, error)
}

// ImageService is the image part of a Runtime.
type ImageService interface {
	// PullImage returns the image's reference and the credentials that
	// pulled it (nil for an anonymous pull).
	PullImage(ctx context.Context, image ImageSpec, credentials []credentialprovider.TrackedAuthConfig, podSandboxConfig *runtimeapi.PodSandboxConfig) (string, *credentialprovider.TrackedAuthConfig, error)
	// GetImageRef returns "" and no error for an image not on the node.
	GetImageRef(ctx context.Context, image ImageSpec) (string, error)
	ListImages(ctx context.Context) ([]Image, error)
	RemoveImage(ctx context.Context, image ImageSpec) error
	ImageStats(ctx context.Context) (*ImageStats, error)
	ImageFsInfo(ctx context.Context) (*runtimeapi.ImageFsInfoResponse, error)
	GetImageSize(ctx context.Context, image ImageSpec) (uint64, error)
}

// Attacher attaches to a running container's standard streams.
type Attacher interface {
	AttachContainer(ctx context.Context, id ContainerID, stdin io.Reader, stdout, stderr io.WriteCloser, tty bool, resize <-chan remotecommand.TerminalSize) (err error)
}

// CommandRunner runs commands in containers; a non-zero exit status gives
// a k8s.io/utils/exec.ExitError.
type CommandRunner interface {
	RunInContainer(ctx context.Context, id ContainerID, cmd []string, timeout time.Duration) ([]byte, error)
}

// HandlerRunner runs a container's lifecycle handler.
type HandlerRunner interface {
	Run(ctx context.Context, containerID ContainerID, pod *v1.Pod, container *v1.Container, handler *v1.LifecycleHandler) (string, error)
}

// RuntimeHelper is what a runtime asks of the kubelet.
type RuntimeHelper interface {
	GenerateRunContainerOptions(ctx context.Context, pod *v1.Pod, container *v1.Container, podIP string, podIPs []string, imageVolumes ImageVolumes) (contOpts *RunContainerOptions, cleanupAction func(), err error)
	GetPodDNS(pod *v1.Pod) (dnsConfig *runtimeapi.DNSConfig, err error)
	GetPodCgroupParent(pod *v1.Pod) string
	GetPodDir(podUID types.UID) string
	GeneratePodHostNameAndDomain(pod *v1.Pod) (hostname string, hostDomain string, err error)
	GetExtraSupplementalGroupsForPod(pod *v1.Pod) []int64
	GetOrCreateUserNamespaceMappings(pod *v1.Pod, runtimeHandler string) (*runtimeapi.UserNamespace, error)
	PrepareDynamicResources(ctx context.Context, pod *v1.Pod) error
	UnprepareDynamicResources(ctx context.Context, pod *v1.Pod) error
	SetPodWatchCondition(types.UID, string, func(*PodStatus) bool)
	PodCPUAndMemoryStats(context.Context, *v1.Pod, *PodStatus) (*statsapi.PodStats, error)
}
