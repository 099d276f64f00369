package container

import (
	runtimeapi "k8s.io/cri-api/pkg/apis/runtime/v1"
)

// RunContainerOptions is what the kubelet works out for a container before
// the runtime creates it.
type RunContainerOptions struct {
	// Envs is the container's environment.
	Envs []EnvVar
	// Mounts are the container's volume mounts.
	Mounts []Mount
	// Devices are the host devices mapped into the container.
	Devices []DeviceInfo
	// CDIDevices are the CDI devices of the container.
	CDIDevices []CDIDevice
	// Annotations come from other components than the user, such as
	// device plugins.
	Annotations []Annotation
	// PodContainerDir is the directory in which the termination message
	// file is created when the container has a TerminationMessagePath.
	PodContainerDir string
	// ReadOnly makes the container's root filesystem read-only.
	ReadOnly bool
}

// EnvVar is one environment variable of a container.
type EnvVar struct {
	Name  string
	Value string
}

// Mount is one volume mount of a container.
type Mount struct {
	// Name is the volume's name (not a unique name of the mount).
	Name string
	// ContainerPath is where the volume appears in the container.
	ContainerPath string
	// HostPath is the volume's path on the host.
	HostPath string
	// ReadOnly mounts the volume read-only.
	ReadOnly bool
	// RecursiveReadOnly makes the mount read-only recursively; it needs
	// ReadOnly.
	RecursiveReadOnly bool
	// SELinuxRelabel asks for the volume to be relabeled for SELinux.
	SELinuxRelabel bool
	// Propagation is the requested mount propagation.
	Propagation runtimeapi.MountPropagation
	// Image is set when an OCI image, given by ID or digest, is mounted as
	// the volume.
	Image *runtimeapi.ImageSpec
	// ImageSubPath is the path inside Image to mount, when Image is set.
	ImageSubPath string
	// BindMountOptions are further bind mount options such as noexec,
	// nodev or nosuid.
	BindMountOptions []string
}

// DeviceInfo is a host device mapped into a container.
type DeviceInfo struct {
	// PathOnHost is the device's path on the host.
	PathOnHost string
	// PathInContainer is the device's path in the container.
	PathInContainer string
	// Permissions are the device cgroup permissions, such as "rwm".
	Permissions string
}

// CDIDevice is a Container Device Interface device.
type CDIDevice struct {
	// Name is the device's fully qualified CDI name (vendor/class=name).
	Name string
}
