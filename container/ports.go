package container

import (
	v1 "k8s.io/api/core/v1"
	"k8s.io/klog/v2"

	"github.com/kubecontainer/kubecontainer/internal/portmap"
)

// PortMapping is a port of a container as the runtime exposes it.
type PortMapping struct {
	// Protocol of the port, copied from the container spec (not defaulted).
	Protocol v1.Protocol
	// ContainerPort is the port number inside the container.
	ContainerPort int
	// HostPort is the port number on the host, 0 for none.
	HostPort int
	// HostIP is the host address the port is bound to, "" for any.
	HostIP string
}

// MakePortMappings converts the ports of container to PortMappings, in
// order. Protocol and HostIP are copied as they are. Ports are told apart by
// name: a port's own name, or for an unnamed port
// "<family>-<protocol>-<hostIP>:<containerPort>:<hostPort>", where family
// is "any" for an empty hostIP, "v6" for an IPv6 hostIP and "v4" for any
// other. A port whose name was already used is dropped, and logged. The
// result is nil when no port is kept.
func MakePortMappings(container *v1.Container) (ports []PortMapping) {
	return portmap.Make[PortMapping](container.Ports, func(name string) {
		klog.InfoS("Port name conflicted, it is defined more than once", "portName", name)
	})
}
