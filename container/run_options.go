package container

import (
	runtimeapi "k8s.io/cri-api/pkg/apis/runtime/v1"
)

// RunContainerOptions are the options a runtime needs to start a container,
// worked out by the kubelet.
type RunContainerOptions struct {
	// Envs is the container's environment.
	Envs []EnvVar
	// Mounts are the container's volume mounts.
	Mounts []Mount
	// Devices are host devices mapped into the container.
	Devices []DeviceInfo
	// CDIDevices are the container's CDI devices.
	CDIDevices []CDIDevice
	// Annotations for the container, set by other components (today
	// only device plugins), not by users.
	Annotations []Annotation
	// PodContainerDir is where the termination message file is created
	// when the container sets TerminationMessagePath.
	PodContainerDir string
	// ReadOnly makes the container's root filesystem read-only.
	ReadOnly bool
	// Hostname of the pod's containers.
	Hostname string
	// EnableHostUserNamespace asks for userns=host when the pod uses host
	// namespaces, non-namespaced capabilities, privileged containers or
	// host path volumes. Only meaningful when the runtime remaps users.
	EnableHostUserNamespace bool
}

// EnvVar is an environment variable of a container.
type EnvVar struct {
	Name  string
	Value string
}

// Mount is a volume mounted into a container.
type Mount struct {
	// Name of the volume.
	Name string
	// ContainerPath is where the volume appears in the container.
	ContainerPath string
	// HostPath is where the volume is on the host.
	HostPath string
	// ReadOnly mounts the volume read-only.
	ReadOnly bool
	// SELinuxRelabel asks for the volume to be relabelled for SELinux.
	SELinuxRelabel bool
	// Propagation is the requested mount propagation.
	Propagation runtimeapi.MountPropagation
}

// DeviceInfo is a host device mapped into a container.
type DeviceInfo struct {
	// PathOnHost is the device's path on the host.
	PathOnHost string
	// PathInContainer is where it appears in the container.
	PathInContainer string
	// Permissions are its cgroup permissions.
	Permissions string
}

// CDIDevice is a Container Device Interface device.
type CDIDevice struct {
	// Name is the device's fully qualified name.
	Name string
}
