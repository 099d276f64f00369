package container

import (
	v1 "k8s.io/api/core/v1"
)

// PortMapping is one port of a container as a runtime publishes it.
type PortMapping struct {
	// Protocol is the port's protocol.
	Protocol v1.Protocol
	// ContainerPort is the port's number in the container.
	ContainerPort int
	// HostPort is the port's number on the host.
	HostPort int
	// HostIP is the host address to bind.
	HostIP string
}
