package container

// Limits of the termination messages the kubelet reads.
const (
	// MaxPodTerminationMessageLogLength caps the messages of all of a
	// pod's containers together, in bytes, cutting each evenly.
	MaxPodTerminationMessageLogLength = 1024 * 12
	// MaxContainerTerminationMessageLength caps what one container writes
	// to its termination message path, in bytes.
	MaxContainerTerminationMessageLength = 1024 * 4
	// MaxContainerTerminationMessageLogLength caps a message read from the
	// log, in bytes.
	MaxContainerTerminationMessageLogLength = 1024 * 2
	// MaxContainerTerminationMessageLogLines caps a message read from the
	// log, in lines.
	MaxContainerTerminationMessageLogLines = 80
)

// ContainerReasonStatusUnknown is the reason of a container whose status
// cannot be told.
const ContainerReasonStatusUnknown string = "ContainerStatusUnknown"

// ImplicitContainerPrefix starts the field path of a reference to a
// container the kubelet made on its own, such as the sandbox.
var ImplicitContainerPrefix = "implicitly required container "
