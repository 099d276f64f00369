package container

import (
	v1 "k8s.io/api/core/v1"

	"github.com/kubecontainer/kubecontainer/internal/hash"
)

// HashContainer returns kubelet v1.35's io.kubernetes.container.hash of
// container, of its name and image only (ARCHITECTURE.md, decision 1); a nil
// container hashes as an empty one, where the kubelet panics.
func HashContainer(container *v1.Container) uint64 { return hash.ContainerNameAndImage(container) }
