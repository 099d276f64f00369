package container

import (
	runtimeapi "k8s.io/cri-api/pkg/apis/runtime/v1"
)

// RunContainerOptions is what the kubelet prepares for a container before
// its runtime creates it: environment, volume mounts, host and CDI devices,
// annotations of components such as device plugins, the directory of the
// termination message file (when the container has a termination message
// path) and a read-only root filesystem.
type RunContainerOptions struct {
	Envs            []EnvVar
	Mounts          []Mount
	Devices         []DeviceInfo
	CDIDevices      []CDIDevice
	Annotations     []Annotation
	PodContainerDir string
	ReadOnly        bool
}

// EnvVar is an environment variable.
type EnvVar struct {
	Name  string
	Value string
}

// Mount is a volume mount of a container: the volume's name, its paths in
// the container and on the host, read-only or not, recursively read-only
// (which needs ReadOnly) or not, whether to relabel it for SELinux, its
// propagation, and, for an image volume, the image by ID or digest.
type Mount struct {
	Name              string
	ContainerPath     string
	HostPath          string
	ReadOnly          bool
	RecursiveReadOnly bool
	SELinuxRelabel    bool
	Propagation       runtimeapi.MountPropagation
	Image             *runtimeapi.ImageSpec
}

// DeviceInfo is a host device mapped into a container.
type DeviceInfo struct {
	// PathOnHost and PathInContainer are its paths.
	PathOnHost      string
	PathInContainer string
	// Permissions are its cgroup permissions, such as "mrw".
	Permissions string
}

// CDIDevice is a Container Device Interface device.
type CDIDevice struct {
	// Name is its fully qualified name, vendor/class=name.
	Name string
}
