package container

import (
	"k8s.io/client-go/tools/record"

	"github.com/kubecontainer/kubecontainer/internal/objref"
)

// FilterEventRecorder returns a recorder that passes events on to recorder
// only when they are about a container reference (a non-nil
// *v1.ObjectReference, as GenerateContainerRef returns) whose field path
// does not start with ImplicitContainerPrefix. Events about implicit
// containers such as the pod sandbox, about any other kind of object, or
// about nil are dropped without a trace.
//
// The result has only the three methods of record.EventRecorder. It
// deliberately does not forward any other method the wrapped recorder may
// have (such as WithLogger of newer client-go versions), because the
// recorder such a method returns would not filter.
func FilterEventRecorder(recorder record.EventRecorder) record.EventRecorder {
	return &objref.FilteredRecorder{Recorder: recorder, ImplicitPrefix: &ImplicitContainerPrefix}
}
