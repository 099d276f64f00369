package container

import (
	"k8s.io/client-go/tools/record"
	"k8s.io/klog/v2"

	"github.com/kubecontainer/kubecontainer/internal/objref"
)

// FilterEventRecorder wraps recorder so that only events about containers
// of a pod's spec get through: the object must be a non-nil
// *v1.ObjectReference whose field path does not start with
// ImplicitContainerPrefix; other events are dropped. The recorder WithLogger
// returns filters the same way.
func FilterEventRecorder(recorder record.EventRecorderLogger) record.EventRecorderLogger {
	return &filteredRecorder{objref.FilteredRecorder{Recorder: recorder, ImplicitPrefix: &ImplicitContainerPrefix}, recorder}
}

// filteredRecorder is the recorder FilterEventRecorder returns.
type filteredRecorder struct {
	objref.FilteredRecorder
	wrapped record.EventRecorderLogger
}

// WithLogger filters the wrapped recorder's WithLogger(logger).
func (r *filteredRecorder) WithLogger(logger klog.Logger) record.EventRecorderLogger {
	return FilterEventRecorder(r.wrapped.WithLogger(logger))
}
