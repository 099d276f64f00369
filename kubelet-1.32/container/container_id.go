package container

import (
	"k8s.io/klog/v2"

	"github.com/kubecontainer/kubecontainer/internal/containerid"
)

// ContainerID names a container in its runtime; its text form is
// "<Type>://<ID>". The methods take a pointer, so encoding/json uses
// MarshalJSON only for addressable values; a ContainerID passed by value
// or kept in a map encodes as {"Type":..,"ID":..}.
type ContainerID struct {
	// Type is the runtime's type, such as "containerd".
	Type string
	// ID is the runtime's ID of the container.
	ID string
}

// BuildContainerID returns the ContainerID {typ, ID}.
func BuildContainerID(typ, ID string) ContainerID {
	return ContainerID{Type: typ, ID: ID}
}

// ParseContainerID parses containerID as ParseString does; on an error it
// logs it through klog and returns the zero ContainerID.
func ParseContainerID(containerID string) ContainerID {
	typ, id, err := containerid.Parse(containerID)
	if err != nil {
		klog.ErrorS(err, "Parsing containerID failed")
	}
	return ContainerID{Type: typ, ID: id}
}

// ParseString sets c from "<Type>://<ID>", ignoring every double quote at
// either end of data. "://" must occur exactly once; either side may be
// empty. Otherwise c is kept and the error is `invalid container ID:
// <data %q>`.
func (c *ContainerID) ParseString(data string) error {
	typ, id, err := containerid.Parse(data)
	if err == nil {
		c.Type, c.ID = typ, id
	}
	return err
}

// String returns "<Type>://<ID>", "://" for the zero value.
func (c *ContainerID) String() string {
	return containerid.Format(c.Type, c.ID)
}

// IsEmpty reports whether c is the zero ContainerID.
func (c *ContainerID) IsEmpty() bool {
	return c.Type == "" && c.ID == ""
}

// MarshalJSON returns String() in Go's %q quoting, as the kubelet does: a
// control character in the ID makes text that is not valid JSON.
func (c *ContainerID) MarshalJSON() ([]byte, error) {
	return containerid.MarshalJSON(c.Type, c.ID), nil
}

// UnmarshalJSON is ParseString of the raw token: JSON escapes are not
// decoded and null is an invalid ID.
func (c *ContainerID) UnmarshalJSON(data []byte) error {
	return c.ParseString(string(data))
}
