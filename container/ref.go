package container

import (
	v1 "k8s.io/api/core/v1"

	"github.com/kubecontainer/kubecontainer/internal/objref"
)

// ImplicitContainerPrefix starts the field path of a reference to a
// container that the pod's spec does not list but the kubelet runs anyway,
// such as the pod sandbox (see GenerateContainerRef and
// FilterEventRecorder).
var ImplicitContainerPrefix = "implicitly required container "

// GenerateContainerRef returns a reference to container within pod, for
// events about the container.
//
// The reference has the pod's kind, API version, name, namespace, UID and
// resource version, and a field path naming the container: the first
// container with the same name among the regular, then init, then ephemeral
// containers gives "spec.containers{NAME}", "spec.initContainers{NAME}" or
// "spec.ephemeralContainers{NAME}" (with "[index]" instead of "{NAME}" when
// the name is empty). A container the spec does not list, such as the pod
// sandbox, gives ImplicitContainerPrefix followed by its name; that is not
// an error.
//
// Kind and API version come from the pod's TypeMeta when it sets any of
// them (an unparsable apiVersion counts as empty); only a pod with neither
// is looked up in a scheme of core/v1, which gives Pod and v1.
//
// Unlike the kubelet, which panics, a nil pod or container is an error.
func GenerateContainerRef(pod *v1.Pod, container *v1.Container) (*v1.ObjectReference, error) {
	return objref.ContainerRef(pod, container, ImplicitContainerPrefix)
}
