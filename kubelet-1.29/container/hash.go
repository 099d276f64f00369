package container

import (
	v1 "k8s.io/api/core/v1"

	"github.com/kubecontainer/kubecontainer/internal/hash"
)

// HashContainer returns the hash kubelet v1.29 writes, in hex, into a
// container's io.kubernetes.container.hash label: the FNV-1a 32 hash, as
// a uint64, of go-spew's "%#v" text of the container's whole encoding/json
// form. Any change to that form (a field set, a quantity written another
// way, a field a newer k8s.io/api adds) changes it. A nil container hashes
// as null; a malformed one (an IntOrString of no known type) logs the
// encoding error and hashes as a nil byte slice, as the kubelet does.
func HashContainer(container *v1.Container) uint64 {
	return hash.WholeContainer(container)
}

// HashContainerWithoutResources is HashContainer of a copy of container
// whose Resources are zeroed; container is not changed.
func HashContainerWithoutResources(container *v1.Container) uint64 {
	return hash.WholeContainerWithoutResources(container)
}
