package container

import (
	"context"

	v1 "k8s.io/api/core/v1"
	"k8s.io/apimachinery/pkg/types"
	runtimeapi "k8s.io/cri-api/pkg/apis/runtime/v1"
)

// RuntimeHelper is what a runtime asks the kubelet about the pods it runs.
type RuntimeHelper interface {
	// GenerateRunContainerOptions prepares container of pod; the cleanup
	// function, when not nil, undoes it.
	GenerateRunContainerOptions(ctx context.Context, pod *v1.Pod, container *v1.Container, podIP string, podIPs []string, imageVolumes ImageVolumes) (contOpts *RunContainerOptions, cleanupAction func(), err error)
	// GetPodDNS returns the DNS settings of pod's sandbox.
	GetPodDNS(pod *v1.Pod) (dnsConfig *runtimeapi.DNSConfig, err error)
	// GetPodCgroupParent returns pod's cgroup parent for the node's cgroup
	// driver.
	GetPodCgroupParent(pod *v1.Pod) string
	// GetPodDir returns the directory of the pod podUID.
	GetPodDir(podUID types.UID) string
	// GeneratePodHostNameAndDomain returns pod's host name and domain.
	GeneratePodHostNameAndDomain(pod *v1.Pod) (hostname string, hostDomain string, err error)
	// GetExtraSupplementalGroupsForPod returns the groups pod's persistent
	// volumes' annotations add.
	GetExtraSupplementalGroupsForPod(pod *v1.Pod) []int64
	// GetOrCreateUserNamespaceMappings returns the user namespace of pod's
	// sandbox under the runtime handler runtimeHandler.
	GetOrCreateUserNamespaceMappings(pod *v1.Pod, runtimeHandler string) (*runtimeapi.UserNamespace, error)
	// PrepareDynamicResources prepares pod's dynamic resources.
	PrepareDynamicResources(ctx context.Context, pod *v1.Pod) error
	// UnprepareDynamicResources releases them.
	UnprepareDynamicResources(ctx context.Context, pod *v1.Pod) error
	// SetPodWatchCondition has the pod of that UID inspected again until
	// the named condition holds for its status.
	SetPodWatchCondition(types.UID, string, func(*PodStatus) bool)
}
