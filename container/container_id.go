package container

import (
	"k8s.io/klog/v2"

	"github.com/kubecontainer/kubecontainer/internal/containerid"
)

// ContainerID identifies a container: the runtime's type and the runtime's
// ID of it, written "<Type>://<ID>". The methods have pointer receivers, so
// encoding/json writes the text form only of an addressable ContainerID; a
// plain value (a map value, a field of a struct passed by value) is written
// as {"Type":..,"ID":..}.
type ContainerID struct {
	// Type is the runtime's type, such as "containerd".
	Type string
	// ID is the container's ID in that runtime.
	ID string
}

// BuildContainerID returns ContainerID{Type: typ, ID: ID}.
func BuildContainerID(typ, ID string) ContainerID { return ContainerID{Type: typ, ID: ID} }

// ParseContainerID parses containerID as ParseString does; when it does not
// parse, the error goes to klog and the result is the zero ContainerID.
func ParseContainerID(containerID string) ContainerID {
	typ, id, err := containerid.Parse(containerID) // empty parts with an error
	if err != nil {
		klog.ErrorS(err, "Parsing containerID failed")
	}
	return ContainerID{Type: typ, ID: id}
}

// ParseString sets c from "<Type>://<ID>", after dropping every double quote
// at either end of data. The separator must occur once; either part may be
// empty. On an error, `invalid container ID: "<data>"`, c is unchanged.
func (c *ContainerID) ParseString(data string) error {
	typ, id, err := containerid.Parse(data)
	if err != nil {
		return err
	}
	*c = ContainerID{Type: typ, ID: id}
	return nil
}

// String returns "<Type>://<ID>", "://" for the zero value.
func (c *ContainerID) String() string { return containerid.Format(c.Type, c.ID) }

// IsEmpty reports whether c is the zero ContainerID.
func (c *ContainerID) IsEmpty() bool { return *c == ContainerID{} }

// MarshalJSON writes String() with Go's %q quoting, as the kubelet does; an
// ID with a control character gives text that is not JSON.
func (c *ContainerID) MarshalJSON() ([]byte, error) {
	return containerid.MarshalJSON(c.Type, c.ID), nil
}

// UnmarshalJSON parses the raw token with ParseString: JSON escapes are
// kept as they are, and null is an invalid ID.
func (c *ContainerID) UnmarshalJSON(data []byte) error { return c.ParseString(string(data)) }
