// Package portmap turns a container's ports into the kubelet's port
// mappings for every kubelet line, generic over each line's PortMapping
// type.
package portmap
