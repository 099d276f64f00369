package container

// VolumeMap maps volume names to the volumes of a pod.
type VolumeMap map[string]VolumeInfo

// VolumeInfo is a volume of a pod as the runtime needs it.
//
// Upstream's fields name types of k8s.io/kubernetes/pkg/volume. Here they are
// the two small interfaces below, holding only what a runtime calls, so the
// kubelet's own mounters and mappers still fit.
type VolumeInfo struct {
	// Mounter is the volume's mounter.
	Mounter Mounter
	// BlockVolumeMapper is the mapper of a block volume.
	BlockVolumeMapper BlockVolumeMapper
	// SELinuxLabeled tells whether the pod's SELinux label has been
	// applied to the volume.
	SELinuxLabeled bool
	// ReadOnly tells whether the volume is read-only, as its spec says.
	ReadOnly bool
	// InnerVolumeSpecName is the name of the persistent volume when
	// there is one, otherwise the volume's own name.
	InnerVolumeSpecName string
}

// Mounter is the part of a volume mounter that a runtime uses.
// k8s.io/kubernetes/pkg/volume.Mounter satisfies it.
type Mounter interface {
	// GetPath returns the path the volume is mounted at.
	GetPath() string
}

// BlockVolumeMapper is the part of a block volume mapper that a runtime
// uses. k8s.io/kubernetes/pkg/volume.BlockVolumeMapper satisfies it.
type BlockVolumeMapper interface {
	// GetPodDeviceMapPath returns the directory and the file name under
	// which the block device is mapped for the pod.
	GetPodDeviceMapPath() (string, string)
}
