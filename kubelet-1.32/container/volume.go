package container

import "github.com/kubecontainer/kubecontainer/internal/volume"

// VolumeMap maps a pod's volume names to their VolumeInfo.
type VolumeMap map[string]VolumeInfo

// VolumeInfo is a volume of a pod as a runtime mounts it. Upstream's
// Mounter and BlockVolumeMapper come from k8s.io/kubernetes/pkg/volume;
// these are the small interfaces below, which the kubelet's own mounters
// and mappers satisfy.
type VolumeInfo struct {
	// Mounter mounts a filesystem volume; nil for a block volume.
	Mounter Mounter
	// BlockVolumeMapper maps a block volume; nil for a filesystem one.
	BlockVolumeMapper BlockVolumeMapper
	// SELinuxLabeled reports whether the volume has the pod's SELinux
	// label.
	SELinuxLabeled bool
	// ReadOnly reports whether the spec asks for read-only.
	ReadOnly bool
	// InnerVolumeSpecName is the persistent volume's name, or the
	// volume's own.
	InnerVolumeSpecName string
}

// Mounter is the part of a volume mounter a runtime calls: GetPath.
type Mounter = volume.Mounter

// BlockVolumeMapper is the part of a block volume mapper a runtime calls:
// GetPodDeviceMapPath.
type BlockVolumeMapper = volume.BlockVolumeMapper
