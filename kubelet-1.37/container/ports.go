package container

import (
	v1 "k8s.io/api/core/v1"
	"k8s.io/klog/v2"

	"github.com/kubecontainer/kubecontainer/internal/portmap"
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

// MakePortMappings returns the container's ports as PortMappings, in
// order, with Protocol and HostIP as written in the spec. Two ports with
// the same name keep only the first; an unnamed port is named
// "<family>-<protocol>-<hostIP>:<containerPort>:<hostPort>" (family "any",
// "v4" or "v6" after the hostIP), so it can clash with an explicit name.
// Each dropped port is logged to logger. No ports give nil.
func MakePortMappings(logger klog.Logger, container *v1.Container) (ports []PortMapping) {
	return portmap.Make[PortMapping](container.Ports, func(name string) {
		logger.Info("Port name conflicted, it is defined more than once", "portName", name)
	})
}
