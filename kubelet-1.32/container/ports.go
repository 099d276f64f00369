package container

import (
	v1 "k8s.io/api/core/v1"
	"k8s.io/klog/v2"

	"github.com/kubecontainer/kubecontainer/internal/portmap"
)

// PortMapping is a container's port as its runtime publishes it.
type PortMapping struct {
	Protocol      v1.Protocol
	ContainerPort int
	HostPort      int
	HostIP        string
}

// MakePortMappings returns the ports of container in order, Protocol and
// HostIP as written. A port whose name was already seen is dropped and
// logged through klog; an unnamed port is named
// "<any|v4|v6>-<protocol>-<hostIP>:<containerPort>:<hostPort>". No port
// kept gives nil.
func MakePortMappings(container *v1.Container) (ports []PortMapping) {
	return portmap.Make[PortMapping](container.Ports, func(name string) {
		klog.InfoS("Port name conflicted, it is defined more than once", "portName", name)
	})
}
