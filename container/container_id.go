package container

import (
	"k8s.io/klog/v2"

	"github.com/kubecontainer/kubecontainer/internal/containerid"
)

// ContainerID identifies a container: the runtime's type and the ID the
// runtime knows it by. Its text form is "<Type>://<ID>".
//
// All methods have pointer receivers. For encoding/json this means that
// MarshalJSON is used only for addressable values (pointer targets, slice
// elements, fields of structs reached through a pointer); a ContainerID
// encoded as a plain value, for example as a map value or inside a struct
// passed by value, is written as the object {"Type":..,"ID":..}.
type ContainerID struct {
	// Type of the container runtime, for example "containerd".
	Type string
	// ID of the container within that runtime.
	ID string
}

// BuildContainerID returns the ContainerID of type typ and ID id.
func BuildContainerID(typ, ID string) ContainerID {
	return ContainerID{Type: typ, ID: ID}
}

// ParseContainerID parses "<Type>://<ID>" as ParseString does. On failure it
// logs the error and returns the zero ContainerID.
func ParseContainerID(containerID string) ContainerID {
	var id ContainerID
	if err := id.ParseString(containerID); err != nil {
		klog.ErrorS(err, "Parsing containerID failed")
		return ContainerID{}
	}
	return id
}

// ParseString sets c from the text form "<Type>://<ID>". Every leading and
// trailing double quote of data is ignored first. The rest must contain the
// separator "://" exactly once; either side may be empty, so "://" parses
// to the zero ContainerID. Otherwise ParseString returns the error
// `invalid container ID: <data quoted>` and leaves c unchanged.
func (c *ContainerID) ParseString(data string) error {
	typ, id, err := containerid.Parse(data)
	if err != nil {
		return err
	}
	c.Type, c.ID = typ, id
	return nil
}

// String returns "<Type>://<ID>"; the zero ContainerID gives "://".
func (c *ContainerID) String() string {
	return containerid.Format(c.Type, c.ID)
}

// IsEmpty reports whether c is the zero ContainerID.
func (c *ContainerID) IsEmpty() bool {
	return *c == ContainerID{}
}

// MarshalJSON returns String() quoted with Go syntax (fmt's %q), as the
// kubelet does. For IDs made of printable characters other than `"` and `\`
// this is a JSON string; a control character comes out as a Go escape such
// as \x01, which encoding/json then rejects as invalid JSON.
func (c *ContainerID) MarshalJSON() ([]byte, error) {
	return containerid.MarshalJSON(c.Type, c.ID), nil
}

// UnmarshalJSON parses the raw JSON token with ParseString. JSON escapes
// are not decoded, so `"docker://\u0061"` gives the ID `\u0061`, and the
// token null is an invalid container ID.
func (c *ContainerID) UnmarshalJSON(data []byte) error {
	return c.ParseString(string(data))
}
