package container

import (
	v1 "k8s.io/api/core/v1"

	"github.com/kubecontainer/kubecontainer/internal/hash"
)

// HashContainer returns the hash kubelet v1.37 records for container in
// the io.kubernetes.container.hash label. Since kubelet v1.31 it covers the
// container's name and image only, so changes to any other field (resources,
// probes, env, ...) do not change it.
//
// The value is bit-identical to the kubelet's: the FNV-1a 32 hash, as a
// uint64, of go-spew's "%#v" text of the bytes of
// {"image":<image>,"name":<name>} as encoding/json writes them. Unlike the
// kubelet, which panics, a nil container hashes as one with an empty name
// and image.
func HashContainer(container *v1.Container) uint64 {
	if container == nil {
		return uint64(hash.NameAndImage("", ""))
	}
	return uint64(hash.NameAndImage(container.Name, container.Image))
}
