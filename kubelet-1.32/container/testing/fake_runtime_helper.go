package testing

import (
	"context"

	v1 "k8s.io/api/core/v1"
	kubetypes "k8s.io/apimachinery/pkg/types"
	runtimeapi "k8s.io/cri-api/pkg/apis/runtime/v1"

	"github.com/kubecontainer/kubecontainer/internal/fakes"
	kubecontainer "github.com/kubecontainer/kubecontainer/kubelet-1.32/container"
)

// FakeRuntimeHelper is a RuntimeHelper that answers from its fields; only
// GetOrCreateUserNamespaceMappings reads the pod, and the runtime handlers
// it knows are RuntimeHandlers, by name.
type FakeRuntimeHelper struct {
	DNSServers      []string
	DNSSearches     []string
	DNSOptions      []string
	HostName        string
	HostDomain      string
	PodContainerDir string
	RuntimeHandlers map[string]kubecontainer.RuntimeHandler
	Err             error
}

// GenerateRunContainerOptions returns options whose PodContainerDir is set
// when the container has a termination message path, no cleanup and no
// error.
func (f *FakeRuntimeHelper) GenerateRunContainerOptions(_ context.Context, pod *v1.Pod, container *v1.Container, podIP string, podIPs []string, imageVolumes kubecontainer.ImageVolumes) (*kubecontainer.RunContainerOptions, func(), error) {
	return &kubecontainer.RunContainerOptions{PodContainerDir: fakes.ContainerDir(container, f.PodContainerDir)}, nil, nil
}

// GetPodCgroupParent returns "".
func (f *FakeRuntimeHelper) GetPodCgroupParent(pod *v1.Pod) string {
	return ""
}

// GetPodDNS returns a DNSConfig of DNSServers, DNSSearches and DNSOptions
// (the slices themselves) and Err.
func (f *FakeRuntimeHelper) GetPodDNS(pod *v1.Pod) (*runtimeapi.DNSConfig, error) {
	return fakes.DNSConfig(f.DNSServers, f.DNSSearches, f.DNSOptions), f.Err
}

// GeneratePodHostNameAndDomain returns HostName, HostDomain and Err.
func (f *FakeRuntimeHelper) GeneratePodHostNameAndDomain(pod *v1.Pod) (string, string, error) {
	return f.HostName, f.HostDomain, f.Err
}

// GetPodDir returns "/poddir/<podUID>".
func (f *FakeRuntimeHelper) GetPodDir(podUID kubetypes.UID) string {
	return fakes.PodDir(podUID)
}

// GetExtraSupplementalGroupsForPod returns nil.
func (f *FakeRuntimeHelper) GetExtraSupplementalGroupsForPod(pod *v1.Pod) []int64 {
	return nil
}

// GetOrCreateUserNamespaceMappings gives no user namespace to a nil pod
// or one whose spec.hostUsers is unset or true. A pod with hostUsers false
// gets a pod-wide namespace mapping IDs 0-65535 to host IDs from 65536
// when RuntimeHandlers has runtimeHandler and it supports user namespaces,
// and an error otherwise.
func (f *FakeRuntimeHelper) GetOrCreateUserNamespaceMappings(pod *v1.Pod, runtimeHandler string) (*runtimeapi.UserNamespace, error) {
	return fakes.UserNamespace(pod, runtimeHandler, func(name string) (bool, bool) {
		handler, known := f.RuntimeHandlers[name]
		return known, handler.SupportsUserNamespaces
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
