// Package container is kubelet v1.32's k8s.io/kubernetes/pkg/kubelet/container
// without k8s.io/kubernetes: the runtime-facing types (Pod, PodStatus,
// Status, ContainerID, Image, ...), the interfaces a container runtime
// implements for the kubelet (Runtime, ImageService, StreamingRuntime, ...)
// and the kubelet's helpers around them: HashContainer, the $(VAR)
// expansions, ShouldContainerBeRestarted, pod full names, object
// references, port mappings, sync results, the runtime and pod status
// caches and the container GC.
//
// Names, signatures, struct fields and their order, results and error
// texts are kubelet v1.32.13's; the tests compare every helper with output
// of the real kubelet (testdata/). The three interfaces the kubelet takes
// from k8s.io/kubernetes/pkg/volume are small local ones (see VolumeInfo).
// The status cache's EventedPLEG gate is an option of NewCacheWithOptions,
// off by default as in v1.32.
package container
