package container

// Bounds of the termination messages the kubelet reads from a container.
const (
	// MaxPodTerminationMessageLogLength bounds the termination messages of
	// all containers of a pod together, in bytes; each container's is cut
	// evenly until they fit.
	MaxPodTerminationMessageLogLength = 1024 * 12
	// MaxContainerTerminationMessageLength bounds what a container may
	// write to its termination message path, in bytes.
	MaxContainerTerminationMessageLength = 1024 * 4
	// MaxContainerTerminationMessageLogLength bounds a termination message
	// taken from the container's log, in bytes.
	MaxContainerTerminationMessageLogLength = 1024 * 2
	// MaxContainerTerminationMessageLogLines bounds a termination message
	// taken from the container's log, in lines.
	MaxContainerTerminationMessageLogLines = 80
)

// ContainerReasonStatusUnknown is the reason given for a container whose
// status cannot be determined.
const ContainerReasonStatusUnknown string = "ContainerStatusUnknown"

// ImplicitContainerPrefix starts the name of a container the kubelet
// started on its own (such as the pod's infrastructure container) in
// object references and events.
var ImplicitContainerPrefix = "implicitly required container "
