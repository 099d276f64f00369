package container

// ContainerID identifies a container: the runtime's type and the ID the
// runtime knows it by. Its text form is "<Type>://<ID>".
type ContainerID struct {
	// Type of the container runtime, for example "containerd".
	Type string
	// ID of the container within that runtime.
	ID string
}
