package portmap

import (
	"fmt"

	v1 "k8s.io/api/core/v1"
	utilnet "k8s.io/utils/net"
)

// Mapping is satisfied by every line's PortMapping: a struct with exactly
// these fields, in this order. Make converts a value of this struct type to
// the line's type, which needs no per-line code.
type Mapping interface {
	~struct {
		Protocol      v1.Protocol
		ContainerPort int
		HostPort      int
		HostIP        string
	}
}

// mapping is the struct type every Mapping has underneath.
type mapping = struct {
	Protocol      v1.Protocol
	ContainerPort int
	HostPort      int
	HostIP        string
}

// Make converts ports to mappings, in order, as the kubelet's
// MakePortMappings does. Protocol and HostIP are copied as they are. Ports
// are told apart by Name, where an unnamed port gets the name
// "<family>-<protocol>-<hostIP>:<containerPort>:<hostPort>"; a port whose
// name was already used is dropped and passed to dropped, which logs it.
// The result is nil when no port is kept.
func Make[M Mapping](ports []v1.ContainerPort, dropped func(name string)) []M {
	var mappings []M
	names := make(map[string]struct{}, len(ports))
	for i := range ports {
		p := &ports[i]
		name := Name(p)
		if _, used := names[name]; used {
			dropped(name)
			continue
		}
		names[name] = struct{}{}
		mappings = append(mappings, M(mapping{
			Protocol:      p.Protocol,
			ContainerPort: int(p.ContainerPort),
			HostPort:      int(p.HostPort),
			HostIP:        p.HostIP,
		}))
	}
	return mappings
}

// Name returns the name that tells the port apart: its own Name, or for an
// unnamed port "<family>-<protocol>-<hostIP>:<containerPort>:<hostPort>".
func Name(p *v1.ContainerPort) string {
	if p.Name != "" {
		return p.Name
	}
	return fmt.Sprintf("%s-%s-%s:%d:%d", HostIPFamily(p.HostIP), p.Protocol, p.HostIP, p.ContainerPort, p.HostPort)
}

// HostIPFamily names the address family of a port's hostIP for its
// generated name: "any" when empty, "v6" when it parses (leniently, leading
// zeros allowed) as an IPv6 address that is not IPv4-mapped, else "v4",
// including strings that are no address at all.
func HostIPFamily(hostIP string) string {
	switch {
	case hostIP == "":
		return "any"
	case utilnet.IsIPv6String(hostIP):
		return "v6"
	default:
		return "v4"
	}
}
