package container

import (
	"context"

	v1 "k8s.io/api/core/v1"
	"k8s.io/apimachinery/pkg/types"
	runtimeapi "k8s.io/cri-api/pkg/apis/runtime/v1"
)

// RuntimeHelper is what a runtime asks of the kubelet: run options, DNS
// settings, directories, host names and the like.
type RuntimeHelper interface {
	GenerateRunContainerOptions(ctx context.Context, pod *v1.Pod, container *v1.Container, podIP string, podIPs []string) (contOpts *RunContainerOptions, cleanupAction func(), err error)
	GetPodDNS(pod *v1.Pod) (dnsConfig *runtimeapi.DNSConfig, err error)
	// GetPodCgroupParent returns the pod's cgroup parent in the
	// host's cgroupfs form.
	GetPodCgroupParent(pod *v1.Pod) string
	GetPodDir(podUID types.UID) string
	GeneratePodHostNameAndDomain(pod *v1.Pod) (hostname string, hostDomain string, err error)
	// GetExtraSupplementalGroupsForPod returns supplemental groups the
	// pod gets from annotations of its persistent volumes.
	GetExtraSupplementalGroupsForPod(pod *v1.Pod) []int64
	// GetOrCreateUserNamespaceMappings returns the user namespace of the
	// pod's sandbox.
	GetOrCreateUserNamespaceMappings(pod *v1.Pod) (*runtimeapi.UserNamespace, error)
	// PrepareDynamicResources prepares the pod's dynamic resources.
	PrepareDynamicResources(pod *v1.Pod) error
	// UnprepareDynamicResources releases the pod's dynamic resources.
	UnprepareDynamicResources(pod *v1.Pod) error
}

// HandlerRunner runs a container's lifecycle handler (a postStart or
// preStop hook) and returns its output.
type HandlerRunner interface {
	Run(ctx context.Context, containerID ContainerID, pod *v1.Pod, container *v1.Container, handler *v1.LifecycleHandler) (string, error)
}
