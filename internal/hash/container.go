package hash

import (
	v1 "k8s.io/api/core/v1"
	"k8s.io/klog/v2"
)

// The container hashes of the kubelet lines: WholeContainer and
// WholeContainerWithoutResources up to kubelet v1.30, ContainerNameAndImage
// from v1.31.

// WholeContainer returns JSON(c) as a uint64, the hash kubelets up to v1.30
// give a container. A nil c hashes as the JSON null. When c does not encode
// (a malformed value, such as an IntOrString of an unknown type), the error
// is logged and the result is Bytes(nil): the kubelet hashes the nil slice
// its failed json.Marshal returned.
func WholeContainer(c *v1.Container) uint64 {
	sum, err := JSON(c)
	if err != nil {
		klog.ErrorS(err, "Failed to encode the container for its hash", "containerName", c.Name)
		return uint64(Bytes(nil))
	}
	return uint64(sum)
}

// WholeContainerWithoutResources returns WholeContainer of a shallow copy
// of c whose Resources are zeroed; c is not changed. A nil c gives
// WholeContainer(nil).
func WholeContainerWithoutResources(c *v1.Container) uint64 {
	if c == nil {
		return WholeContainer(nil)
	}
	withoutResources := *c
	withoutResources.Resources = v1.ResourceRequirements{}
	return WholeContainer(&withoutResources)
}

// ContainerNameAndImage returns NameAndImage of c's name and image as a
// uint64, the hash kubelets from v1.31 give a container. A nil c hashes as
// a container with an empty name and image.
func ContainerNameAndImage(c *v1.Container) uint64 {
	if c == nil {
		return uint64(NameAndImage("", ""))
	}
	return uint64(NameAndImage(c.Name, c.Image))
}
