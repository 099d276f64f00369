package container

import (
	v1 "k8s.io/api/core/v1"

	"github.com/kubecontainer/kubecontainer/internal/hash"
)

// HashContainer returns kubelet v1.29's io.kubernetes.container.hash of
// container, of its whole spec (ARCHITECTURE.md, decision 1); a nil
// container hashes as null.
func HashContainer(container *v1.Container) uint64 { return hash.WholeContainer(container) }

// HashContainerWithoutResources is HashContainer of a copy of container
// with its Resources zeroed.
func HashContainerWithoutResources(container *v1.Container) uint64 {
	return hash.WholeContainerWithoutResources(container)
}
