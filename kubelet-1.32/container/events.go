package container

import (
	v1 "k8s.io/api/core/v1"
	"k8s.io/client-go/tools/record"

	"github.com/kubecontainer/kubecontainer/internal/objref"
)

// GenerateContainerRef returns the reference of events about container:
// pod's identity and the field path of the first container of that name
// among the regular, init and ephemeral ones ("spec.containers{app}",
// "[i]" for no name), or ImplicitContainerPrefix and the name for one the
// pod does not list. Kind and apiVersion come from the pod's TypeMeta,
// else a core/v1 scheme gives Pod and v1. A nil pod or container is an
// error here; the kubelet panics.
func GenerateContainerRef(pod *v1.Pod, container *v1.Container) (*v1.ObjectReference, error) {
	return objref.ContainerRef(pod, container, ImplicitContainerPrefix)
}

// FilterEventRecorder returns a recorder that passes to recorder only the
// events about a non-nil *v1.ObjectReference whose field path does not
// start with ImplicitContainerPrefix, and drops the others silently.
func FilterEventRecorder(recorder record.EventRecorder) record.EventRecorder {
	return &objref.FilteredRecorder{Recorder: recorder, ImplicitPrefix: &ImplicitContainerPrefix}
}
