package container

import (
	"k8s.io/klog/v2"

	"github.com/kubecontainer/kubecontainer/internal/containerid"
)

// ContainerID identifies a container: the runtime's type and the runtime's
// own ID of the container, written "<Type>://<ID>".
//
// The methods have pointer receivers, so encoding/json writes a
// ContainerID as the string form only where it is addressable; a plain
// value (in a map, or in a struct passed by value) is written as
// {"Type":..,"ID":..}.
type ContainerID struct {
	// Type is the runtime's type, such as "containerd".
	Type string
	// ID is the container's ID in that runtime.
	ID string
}

// BuildContainerID returns ContainerID{Type: typ, ID: ID}.
func BuildContainerID(typ, ID string) ContainerID {
	return ContainerID{Type: typ, ID: ID}
}

// ParseContainerID reads the "<Type>://<ID>" form with ParseString. When
// it does not parse, the error goes to logger and the result is the zero
// ContainerID.
func ParseContainerID(logger klog.Logger, containerID string) ContainerID {
	// Parse gives empty parts with its error.
	typ, id, err := containerid.Parse(containerID)
	if err != nil {
		logger.Error(err, "Parsing containerID failed")
	}
	return ContainerID{Type: typ, ID: id}
}

// ParseString sets c from data in the form "<Type>://<ID>", after dropping
// all double quotes at either end of data. The separator must occur once;
// empty parts are fine. On an error (`invalid container ID: "<data>"`) c is
// left as it was.
func (c *ContainerID) ParseString(data string) error {
	typ, id, err := containerid.Parse(data)
	if err != nil {
		return err
	}
	*c = ContainerID{Type: typ, ID: id}
	return nil
}

// String returns "<Type>://<ID>", which is "://" for the zero value.
func (c *ContainerID) String() string {
	return containerid.Format(c.Type, c.ID)
}

// IsEmpty reports whether both the type and the ID are empty.
func (c *ContainerID) IsEmpty() bool {
	return c.Type == "" && c.ID == ""
}

// MarshalJSON writes String() with Go's %q quoting, as the kubelet does.
// That is not JSON escaping: an ID with a control character gives text
// that encoding/json refuses.
func (c *ContainerID) MarshalJSON() ([]byte, error) {
	return containerid.MarshalJSON(c.Type, c.ID), nil
}

// UnmarshalJSON hands the raw token to ParseString: the quotes are
// dropped, JSON escapes are kept as they are, and null is an invalid ID.
func (c *ContainerID) UnmarshalJSON(data []byte) error {
	return c.ParseString(string(data))
}
