package container

import (
	"context"

	v1 "k8s.io/api/core/v1"
	"k8s.io/apimachinery/pkg/api/resource"
	"k8s.io/apimachinery/pkg/types"
	runtimeapi "k8s.io/cri-api/pkg/apis/runtime/v1"
	"k8s.io/klog/v2"
	statsapi "k8s.io/kubelet/pkg/apis/stats/v1alpha1"
)

// RuntimeHelper is what a runtime asks of the kubelet: the options, DNS,
// cgroup, directories, names and resources of the pods it runs.
type RuntimeHelper interface {
	// GenerateRunContainerOptions works out how to run container of pod;
	// cleanupAction, when not nil, undoes what was prepared for it.
	GenerateRunContainerOptions(ctx context.Context, pod *v1.Pod, container *v1.Container, podIP string, podIPs []string, imageVolumes ImageVolumes) (contOpts *RunContainerOptions, cleanupAction func(), err error)
	// GetPodDNS returns the DNS configuration of pod's sandbox.
	GetPodDNS(ctx context.Context, pod *v1.Pod) (dnsConfig *runtimeapi.DNSConfig, err error)
	// GetPodCgroupParent returns the cgroup parent of pod, in the form the
	// host's cgroup driver uses.
	GetPodCgroupParent(pod *v1.Pod) string
	// GetPodDir returns the directory of the pod with that UID.
	GetPodDir(podUID types.UID) string
	// GeneratePodHostNameAndDomain returns the host name and the domain of
	// pod.
	GeneratePodHostNameAndDomain(logger klog.Logger, pod *v1.Pod) (hostname string, hostDomain string, err error)
	// GetExtraSupplementalGroupsForPod returns the supplemental groups the
	// annotations of pod's persistent volumes add.
	GetExtraSupplementalGroupsForPod(pod *v1.Pod) []int64
	// GetOrCreateUserNamespaceMappings returns the user namespace of pod's
	// sandbox.
	GetOrCreateUserNamespaceMappings(logger klog.Logger, pod *v1.Pod, runtimeHandler string) (*runtimeapi.UserNamespace, error)
	// PrepareDynamicResources prepares pod's dynamic resources.
	PrepareDynamicResources(ctx context.Context, pod *v1.Pod) error
	// UnprepareDynamicResources releases pod's dynamic resources.
	UnprepareDynamicResources(ctx context.Context, pod *v1.Pod) error
	// RequestPodReinspect marks the pod to be inspected at the next relist.
	RequestPodReinspect(types.UID)
	// PodCPUAndMemoryStats returns the pod's latest CPU and memory usage.
	PodCPUAndMemoryStats(context.Context, *v1.Pod, *PodStatus) (*statsapi.PodStats, error)
	// OnPodSandboxReady is called once pod's sandbox, network and volumes
	// are ready.
	OnPodSandboxReady(ctx context.Context, pod *v1.Pod) error
	// ResizeEphemeralVolume resizes the named volume of pod.
	ResizeEphemeralVolume(pod *v1.Pod, volumeName string, newSize *resource.Quantity) error
}
