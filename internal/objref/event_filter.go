package objref

import (
	"strings"

	v1 "k8s.io/api/core/v1"
	"k8s.io/apimachinery/pkg/runtime"
	"k8s.io/client-go/tools/record"
)

// FilteredRecorder passes events on to Recorder only when they are about a
// container reference (a non-nil *v1.ObjectReference) whose field path does
// not start with *ImplicitPrefix. Events about implicit containers such as
// the pod sandbox, about any other kind of object, or about nil are
// dropped. It is the kubelet's FilterEventRecorder; the lines add the
// methods their client-go's recorder interfaces need.
type FilteredRecorder struct {
	// Recorder receives the events that pass.
	Recorder record.EventRecorder
	// ImplicitPrefix points to the line's ImplicitContainerPrefix, read
	// on every event as the kubelet reads its variable.
	ImplicitPrefix *string
}

// Event records the event if object passes the filter.
func (r *FilteredRecorder) Event(object runtime.Object, eventtype, reason, message string) {
	if r.passes(object) {
		r.Recorder.Event(object, eventtype, reason, message)
	}
}

// Eventf records the event if object passes the filter.
func (r *FilteredRecorder) Eventf(object runtime.Object, eventtype, reason, messageFmt string, args ...interface{}) {
	if r.passes(object) {
		r.Recorder.Eventf(object, eventtype, reason, messageFmt, args...)
	}
}

// AnnotatedEventf records the event if object passes the filter.
func (r *FilteredRecorder) AnnotatedEventf(object runtime.Object, annotations map[string]string, eventtype, reason, messageFmt string, args ...interface{}) {
	if r.passes(object) {
		r.Recorder.AnnotatedEventf(object, annotations, eventtype, reason, messageFmt, args...)
	}
}

// passes reports whether object is a non-nil container reference whose
// field path is not that of an implicit container.
func (r *FilteredRecorder) passes(object runtime.Object) bool {
	ref, ok := object.(*v1.ObjectReference)
	if !ok || ref == nil {
		return false
	}
	return !strings.HasPrefix(ref.FieldPath, *r.ImplicitPrefix)
}
