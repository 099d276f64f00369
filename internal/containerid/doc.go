// Package containerid implements the text form of the kubelet's
// ContainerID, "<Type>://<ID>", for every kubelet line: building it,
// parsing it leniently the way the kubelet does, and its JSON quoting.
//
// The lines declare their own ContainerID types; their methods are thin
// calls of this package.
package containerid
