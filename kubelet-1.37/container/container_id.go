package container

// ContainerID identifies a container: the runtime's type and the runtime's
// own ID of the container, written "<Type>://<ID>".
type ContainerID struct {
	// Type is the runtime's type, such as "containerd".
	Type string
	// ID is the container's ID in that runtime.
	ID string
}
