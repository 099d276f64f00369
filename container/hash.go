package container

import (
	v1 "k8s.io/api/core/v1"
	"k8s.io/klog/v2"

	"github.com/kubecontainer/kubecontainer/internal/hash"
)

// HashContainer returns the hash of the container. It is used to compare the
// running container with its desired spec.
//
// The value is the kubelet's: the FNV-1a 32 hash, as a uint64, of the text
// go-spew's "%#v" prints for the container's encoding/json bytes, that is
// "([]uint8)[", the bytes in decimal separated by single spaces, and "]".
// It changes whenever that encoding changes, for example when a field is
// set, a quantity has another canonical form, or a newer k8s.io/api adds a
// field that is not empty. A nil container is hashed as the JSON null.
//
// Encoding a v1.Container fails only for a malformed value, such as an
// intstr.IntOrString whose Type is neither Int nor String. Then the error is
// logged and the result is the hash of a nil byte slice, which is what
// hashing the nil result of the failed json.Marshal gives.
func HashContainer(container *v1.Container) uint64 {
	return hashContainerJSON(container)
}

// HashContainerWithoutResources returns the hash of the container with its
// Resources field zeroed: HashContainer of a copy whose Resources is
// v1.ResourceRequirements{}. The container itself is not modified. A nil
// container has no resources to drop and gets HashContainer(nil).
func HashContainerWithoutResources(container *v1.Container) uint64 {
	if container == nil {
		return hashContainerJSON(nil)
	}
	// A shallow copy is enough: only its Resources field differs, and the
	// slices and maps it shares with container are only read.
	withoutResources := *container
	withoutResources.Resources = v1.ResourceRequirements{}
	return hashContainerJSON(&withoutResources)
}

// hashContainerJSON hashes the JSON encoding of container as the kubelet does.
func hashContainerJSON(container *v1.Container) uint64 {
	sum, err := hash.JSON(container)
	if err != nil {
		// A nil container encodes as null, so container is not nil here.
		klog.ErrorS(err, "Failed to encode the container for its hash", "containerName", container.Name)
		return uint64(hash.Bytes(nil))
	}
	return uint64(sum)
}
