package container

// Limits on termination messages.
const (
	// MaxPodTerminationMessageLogLength is the most bytes of termination
	// message output all containers of a pod may have together; the
	// containers' messages are truncated evenly until they fit.
	MaxPodTerminationMessageLogLength = 1024 * 12
	// MaxContainerTerminationMessageLength is the most bytes a container
	// may write to its termination message path; more is truncated.
	MaxContainerTerminationMessageLength = 1024 * 4
	// MaxContainerTerminationMessageLogLength is the most bytes of a
	// termination message taken from the container's log.
	MaxContainerTerminationMessageLogLength = 1024 * 2
	// MaxContainerTerminationMessageLogLines is the most log lines a
	// termination message taken from the log may have.
	MaxContainerTerminationMessageLogLines = 80
)
