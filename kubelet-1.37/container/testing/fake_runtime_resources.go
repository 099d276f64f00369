package testing

import (
	v1 "k8s.io/api/core/v1"
	"k8s.io/klog/v2"

	kubecontainer "github.com/kubecontainer/kubecontainer/kubelet-1.37/container"
	kubetypes "github.com/kubecontainer/kubecontainer/kubelet-1.37/kubelettypes"
)

// GetContainerSwapBehavior returns SwapBehavior[container.Name] when that is
// set and not empty, NoSwap otherwise. The pod is not read.
func (f *FakeRuntime) GetContainerSwapBehavior(pod *v1.Pod, container *v1.Container) kubetypes.SwapBehavior {
	f.Lock()
	defer f.Unlock()
	if behavior := f.SwapBehavior[container.Name]; behavior != "" {
		return behavior
	}
	return kubetypes.NoSwap
}

// IsPodResizeInProgress returns PodResizeInProgress; the arguments are not
// read.
func (f *FakeRuntime) IsPodResizeInProgress(allocatedPod *v1.Pod, podStatus *kubecontainer.PodStatus) bool {
	f.Lock()
	defer f.Unlock()
	return f.PodResizeInProgress
}

// UpdateActuatedPodLevelResources does nothing and returns nil.
func (f *FakeRuntime) UpdateActuatedPodLevelResources(logger klog.Logger, allocatedPod *v1.Pod) error {
	return nil
}

// InitializeActuatedPod does nothing.
func (f *FakeRuntime) InitializeActuatedPod(_ klog.Logger, _ *v1.Pod) {}
