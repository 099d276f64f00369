package container

import (
	"fmt"

	v1 "k8s.io/api/core/v1"
	"k8s.io/klog/v2"
	utilnet "k8s.io/utils/net"
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
	names := make(map[string]struct{})
	for _, p := range container.Ports {
		name := p.Name
		if name == "" {
			name = fmt.Sprintf("%s-%s-%s:%d:%d", hostIPFamily(p.HostIP), p.Protocol, p.HostIP, p.ContainerPort, p.HostPort)
		}
		if _, used := names[name]; used {
			klog.InfoS("Port name conflicted, it is defined more than once", "portName", name)
			continue
		}
		names[name] = struct{}{}
		ports = append(ports, PortMapping{
			Protocol:      p.Protocol,
			ContainerPort: int(p.ContainerPort),
			HostPort:      int(p.HostPort),
			HostIP:        p.HostIP,
		})
	}
	return ports
}

// hostIPFamily names the address family of a port's hostIP for its
// generated name: "any" when empty, "v6" when it parses (leniently, leading
// zeros allowed) as an IPv6 address that is not IPv4-mapped, else "v4" -
// including strings that are no address at all.
func hostIPFamily(hostIP string) string {
	switch {
	case hostIP == "":
		return "any"
	case utilnet.IsIPv6String(hostIP):
		return "v6"
	default:
		return "v4"
	}
}
