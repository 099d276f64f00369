package container

// VolumeMap maps the names of a pod's volumes to their VolumeInfo.
type VolumeMap map[string]VolumeInfo

// VolumeInfo is one volume of a pod, as a runtime needs it to mount the
// volume into containers.
//
// Upstream, Mounter and BlockVolumeMapper are interfaces of
// k8s.io/kubernetes/pkg/volume; here they are the small interfaces below,
// which hold only what a runtime calls, so the kubelet's own mounters and
// mappers satisfy them.
type VolumeInfo struct {
	// Mounter mounts a filesystem volume; nil for a block volume.
	Mounter Mounter
	// BlockVolumeMapper maps a block volume; nil for a filesystem volume.
	BlockVolumeMapper BlockVolumeMapper
	// SELinuxLabeled reports whether the volume carries the pod's SELinux
	// label.
	SELinuxLabeled bool
	// ReadOnly reports whether the volume's spec asks for read-only.
	ReadOnly bool
	// InnerVolumeSpecName is the persistent volume's name for a volume
	// bound to one, and the volume's own name otherwise.
	InnerVolumeSpecName string
}

// Mounter is what a runtime calls of a volume mounter: the mounted path.
// k8s.io/kubernetes/pkg/volume.Mounter has this method.
type Mounter interface {
	// GetPath returns the path at which the volume is mounted on the host.
	GetPath() string
}

// BlockVolumeMapper is what a runtime calls of a block volume mapper.
// k8s.io/kubernetes/pkg/volume.BlockVolumeMapper has this method.
type BlockVolumeMapper interface {
	// GetPodDeviceMapPath returns the directory and the file name of the
	// pod's link to the block device.
	GetPodDeviceMapPath() (string, string)
}
