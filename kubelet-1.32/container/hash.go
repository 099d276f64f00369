package container

import (
	v1 "k8s.io/api/core/v1"

	"github.com/kubecontainer/kubecontainer/internal/hash"
)

// HashContainer returns the hash kubelet v1.32 writes, in hex, into a
// container's io.kubernetes.container.hash label. Since v1.31 it covers
// only the container's name and image: the FNV-1a 32 hash, as a uint64, of
// go-spew's "%#v" text of the encoding/json bytes of
// {"image":<image>,"name":<name>}. Other fields (resources, probes, env,
// ...) do not change it. A nil container hashes as one with an empty name
// and image, where the kubelet panics.
func HashContainer(container *v1.Container) uint64 {
	return hash.ContainerNameAndImage(container)
}
