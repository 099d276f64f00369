package container

// Bounds of the termination messages the kubelet reads from containers, in
// bytes unless said otherwise.
const (
	// MaxPodTerminationMessageLogLength bounds all containers of a pod
	// together; each container's message is cut evenly until they fit.
	MaxPodTerminationMessageLogLength = 1024 * 12
	// MaxContainerTerminationMessageLength bounds the file a container
	// writes to its termination message path.
	MaxContainerTerminationMessageLength = 1024 * 4
	// MaxContainerTerminationMessageLogLength and
	// MaxContainerTerminationMessageLogLines (in lines) bound a message
	// taken from the container's log.
	MaxContainerTerminationMessageLogLength = 1024 * 2
	MaxContainerTerminationMessageLogLines  = 80
)

// ImplicitContainerPrefix starts the field path of a container the kubelet
// started on its own, such as the pod's sandbox, in references and events.
var ImplicitContainerPrefix = "implicitly required container "
