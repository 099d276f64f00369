package container

import (
	runtimeapi "k8s.io/cri-api/pkg/apis/runtime/v1"

	"github.com/kubecontainer/kubecontainer/internal/volume"
)

// RunContainerOptions is how the kubelet asks a runtime to run a container.
type RunContainerOptions struct {
	Envs        []EnvVar
	Mounts      []Mount
	Devices     []DeviceInfo
	CDIDevices  []CDIDevice
	Annotations []Annotation
	// PodContainerDir holds the container's termination message file.
	PodContainerDir string
	ReadOnly        bool
}

// EnvVar is one environment variable of a container.
type EnvVar struct {
	Name  string
	Value string
}

// Mount is one volume mount of a container.
type Mount struct {
	Name              string
	ContainerPath     string
	HostPath          string
	ReadOnly          bool
	RecursiveReadOnly bool
	SELinuxRelabel    bool
	Propagation       runtimeapi.MountPropagation
	// Image, when set, is an OCI image (by ID or digest) mounted as the
	// volume, and ImageSubPath the path inside it.
	Image        *runtimeapi.ImageSpec
	ImageSubPath string
}

// DeviceInfo is a host device mapped into a container.
type DeviceInfo struct {
	PathOnHost      string
	PathInContainer string
	Permissions     string
}

// CDIDevice is a Container Device Interface device.
type CDIDevice struct {
	// Name is the fully qualified CDI name (vendor/class=name).
	Name string
}

// ImageSpec names an image as the kubelet asks a runtime for it.
type ImageSpec struct {
	// Image is the image's name, as a container's spec gives it, or its ID.
	Image          string
	RuntimeHandler string
	// Annotations go to the runtime with a pull and come back in listings.
	Annotations []Annotation
}

// Annotation is a name and a value attached to an image or a container.
type Annotation struct {
	Name  string
	Value string
}

// Image is an image present on the node.
type Image struct {
	ID          string
	RepoTags    []string
	RepoDigests []string
	// Size is in bytes.
	Size int64
	Spec ImageSpec
	// Pinned images are never garbage collected.
	Pinned bool
}

// ImageStats sums up the images on the node.
type ImageStats struct {
	TotalStorageBytes uint64
}

// ImageVolumes maps the names of a pod's image volumes to their images.
type ImageVolumes = map[string]*runtimeapi.ImageSpec

// VolumeMap maps the names of a pod's volumes to their VolumeInfo.
type VolumeMap map[string]VolumeInfo

// VolumeInfo is a volume of a pod as a runtime mounts it.
type VolumeInfo struct {
	Mounter             Mounter
	BlockVolumeMapper   BlockVolumeMapper
	SELinuxLabeled      bool
	ReadOnly            bool
	InnerVolumeSpecName string
}

// Mounter is what a runtime calls of a volume mounter.
type Mounter = volume.Mounter

// BlockVolumeMapper is what a runtime calls of a block volume mapper.
type BlockVolumeMapper = volume.BlockVolumeMapper
