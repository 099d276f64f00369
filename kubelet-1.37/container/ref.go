package container

import (
	v1 "k8s.io/api/core/v1"

	"github.com/kubecontainer/kubecontainer/internal/objref"
)

// GenerateContainerRef returns the object reference the kubelet attaches
// to events about container: the pod's identity and a field path such as
// "spec.containers{app}", "spec.initContainers{setup}" or
// "spec.ephemeralContainers{debug}" ("[i]" for an unnamed container),
// found by name among the regular, then init, then ephemeral containers.
// A container the pod does not list gets ImplicitContainerPrefix and its
// name as field path.
//
// Kind and apiVersion are the pod's own TypeMeta unless it is wholly
// empty (an unparsable apiVersion reads as empty); then a core/v1-only
// scheme supplies Pod and v1. A nil pod or container is an error here,
// where the kubelet panics.
func GenerateContainerRef(pod *v1.Pod, container *v1.Container) (*v1.ObjectReference, error) {
	return objref.ContainerRef(pod, container, ImplicitContainerPrefix)
}
