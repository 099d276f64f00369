package testing

import (
	"context"
	"fmt"

	v1 "k8s.io/api/core/v1"
	kubetypes "k8s.io/apimachinery/pkg/types"
	runtimeapi "k8s.io/cri-api/pkg/apis/runtime/v1"
	statsapi "k8s.io/kubelet/pkg/apis/stats/v1alpha1"

	"github.com/kubecontainer/kubecontainer/internal/fakes"
	kubecontainer "github.com/kubecontainer/kubecontainer/kubelet-1.35/container"
)

// FakeRuntimeHelper is a kubecontainer.RuntimeHelper that answers from its
// fields.
type FakeRuntimeHelper struct {
	DNSServers      []string
	DNSSearches     []string
	DNSOptions      []string
	HostName        string
	HostDomain      string
	PodContainerDir string
	RuntimeHandlers map[string]kubecontainer.RuntimeHandler
	Err             error
	PodStats        map[kubetypes.UID]*statsapi.PodStats
}

// GenerateRunContainerOptions returns options with just PodContainerDir.
func (f *FakeRuntimeHelper) GenerateRunContainerOptions(_ context.Context, pod *v1.Pod, container *v1.Container, podIP string, podIPs []string, imageVolumes kubecontainer.ImageVolumes) (*kubecontainer.RunContainerOptions, func(), error) {
	return &kubecontainer.RunContainerOptions{PodContainerDir: fakes.ContainerDir(container, f.PodContainerDir)}, nil, nil
}

// GetPodCgroupParent returns "".
func (f *FakeRuntimeHelper) GetPodCgroupParent(pod *v1.Pod) string { return "" }

// GetPodDNS returns a DNSConfig of the DNS fields, and Err.
func (f *FakeRuntimeHelper) GetPodDNS(pod *v1.Pod) (*runtimeapi.DNSConfig, error) {
	return fakes.DNSConfig(f.DNSServers, f.DNSSearches, f.DNSOptions), f.Err
}

// GeneratePodHostNameAndDomain returns HostName, HostDomain and Err.
func (f *FakeRuntimeHelper) GeneratePodHostNameAndDomain(pod *v1.Pod) (string, string, error) {
	return f.HostName, f.HostDomain, f.Err
}

// GetPodDir returns "/poddir/" and the UID.
func (f *FakeRuntimeHelper) GetPodDir(podUID kubetypes.UID) string { return fakes.PodDir(podUID) }

// GetExtraSupplementalGroupsForPod returns nil.
func (f *FakeRuntimeHelper) GetExtraSupplementalGroupsForPod(pod *v1.Pod) []int64 { return nil }

// GetOrCreateUserNamespaceMappings gives a pod with hostUsers false a
// pod-wide namespace when its handler in RuntimeHandlers supports it.
func (f *FakeRuntimeHelper) GetOrCreateUserNamespaceMappings(pod *v1.Pod, runtimeHandler string) (*runtimeapi.UserNamespace, error) {
	return fakes.UserNamespace(pod, runtimeHandler, func(name string) (bool, bool) {
		handler, ok := f.RuntimeHandlers[name]
		return ok, handler.SupportsUserNamespaces
	})
}

// PrepareDynamicResources returns nil.
func (f *FakeRuntimeHelper) PrepareDynamicResources(ctx context.Context, pod *v1.Pod) error {
	return nil
}

// UnprepareDynamicResources returns nil.
func (f *FakeRuntimeHelper) UnprepareDynamicResources(ctx context.Context, pod *v1.Pod) error {
	return nil
}

// SetPodWatchCondition does nothing.
func (f *FakeRuntimeHelper) SetPodWatchCondition(_ kubetypes.UID, _ string, _ func(*kubecontainer.PodStatus) bool) {
}

// PodCPUAndMemoryStats returns PodStats[pod.UID], or an error.
func (f *FakeRuntimeHelper) PodCPUAndMemoryStats(_ context.Context, pod *v1.Pod, _ *kubecontainer.PodStatus) (*statsapi.PodStats, error) {
	if stats, ok := f.PodStats[pod.UID]; ok {
		return stats, nil
	}
	return nil, fmt.Errorf("stats for pod %q not found", pod.UID)
}
