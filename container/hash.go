package container

import (
	v1 "k8s.io/api/core/v1"

	"github.com/kubecontainer/kubecontainer/internal/hash"
)

// HashContainer returns the value kubelet v1.27 writes, in hex, into the
// io.kubernetes.container.hash label: the FNV-1a 32 hash of go-spew's "%#v"
// of the whole container's JSON, so it changes whenever that encoding does
// (a field set, a quantity written another way, a field a newer k8s.io/api
// adds). A nil container hashes as null; one that does not encode (an
// IntOrString of no known type) logs the error and hashes as the nil slice
// the kubelet's failed json.Marshal gives.
func HashContainer(container *v1.Container) uint64 { return hash.WholeContainer(container) }

// HashContainerWithoutResources is HashContainer of a copy of container
// with its Resources zeroed; container is not changed.
func HashContainerWithoutResources(container *v1.Container) uint64 {
	return hash.WholeContainerWithoutResources(container)
}
