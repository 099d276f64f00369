package container

import (
	"strings"

	v1 "k8s.io/api/core/v1"
	"k8s.io/apimachinery/pkg/runtime"
	"k8s.io/client-go/tools/record"
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
	return &filteredEventRecorder{recorder: recorder}
}

// filteredEventRecorder is the recorder FilterEventRecorder returns.
type filteredEventRecorder struct {
	recorder record.EventRecorder
}

// Event records the event if object passes the filter.
func (r *filteredEventRecorder) Event(object runtime.Object, eventtype, reason, message string) {
	if shouldRecordEvent(object) {
		r.recorder.Event(object, eventtype, reason, message)
	}
}

// Eventf records the event if object passes the filter.
func (r *filteredEventRecorder) Eventf(object runtime.Object, eventtype, reason, messageFmt string, args ...interface{}) {
	if shouldRecordEvent(object) {
		r.recorder.Eventf(object, eventtype, reason, messageFmt, args...)
	}
}

// AnnotatedEventf records the event if object passes the filter.
func (r *filteredEventRecorder) AnnotatedEventf(object runtime.Object, annotations map[string]string, eventtype, reason, messageFmt string, args ...interface{}) {
	if shouldRecordEvent(object) {
		r.recorder.AnnotatedEventf(object, annotations, eventtype, reason, messageFmt, args...)
	}
}

// shouldRecordEvent reports whether object is a non-nil container reference
// whose field path is not that of an implicit container.
func shouldRecordEvent(object runtime.Object) bool {
	ref, ok := object.(*v1.ObjectReference)
	if !ok || ref == nil {
		return false
	}
	return !strings.HasPrefix(ref.FieldPath, ImplicitContainerPrefix)
}
