package container

import (
	v1 "k8s.io/api/core/v1"

	"github.com/kubecontainer/kubecontainer/internal/hash"
)

// HashContainer returns the value kubelet v1.37 writes, in hex, into the
// io.kubernetes.container.hash label: since v1.31 it covers only the
// container's name and image, as the FNV-1a 32 hash of go-spew's "%#v" of
// the JSON {"image":..,"name":..}. A nil container hashes as one with an
// empty name and image, where the kubelet panics.
func HashContainer(container *v1.Container) uint64 { return hash.ContainerNameAndImage(container) }
