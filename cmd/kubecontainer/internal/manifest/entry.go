package manifest

import (
	"fmt"

	v1 "k8s.io/api/core/v1"

	"github.com/kubecontainer/kubecontainer/internal/podspec"
)

// An Object names one Kubernetes object of the input.
type Object struct {
	// Source says where the object is: "document 2" or "document 2, item 1".
	Source    string
	Kind      string
	Namespace string
	Name      string
}

// String names the object for messages: `document 2 (Deployment default/web)`.
func (o Object) String() string {
	if o.Kind == "" {
		return o.Source
	}
	name := o.Name
	if o.Namespace != "" {
		name = o.Namespace + "/" + name
	}
	if name == "" {
		return fmt.Sprintf("%s (%s)", o.Source, o.Kind)
	}
	return fmt.Sprintf("%s (%s %s)", o.Source, o.Kind, name)
}

// An Entry is one container of the input and the object it belongs to.
type Entry struct {
	Object Object
	// Type says whether the container is an init, regular or ephemeral
	// one.
	Type      podspec.Kind
	Container *v1.Container
}
