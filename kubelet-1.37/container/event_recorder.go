package container

import (
	"k8s.io/client-go/tools/record"
	"k8s.io/klog/v2"

	"github.com/kubecontainer/kubecontainer/internal/objref"
)

// FilterEventRecorder wraps recorder so that only events about containers
// of a pod's spec get through: the object must be a non-nil
// *v1.ObjectReference whose field path does not start with
// ImplicitContainerPrefix. Everything else is silently dropped. The
// recorder that WithLogger returns filters the same way.
func FilterEventRecorder(recorder record.EventRecorderLogger) record.EventRecorderLogger {
	return &filteredEventRecorder{
		FilteredRecorder: objref.FilteredRecorder{Recorder: recorder, ImplicitPrefix: &ImplicitContainerPrefix},
		logged:           recorder,
	}
}

// filteredEventRecorder is the recorder FilterEventRecorder returns.
type filteredEventRecorder struct {
	objref.FilteredRecorder
	logged record.EventRecorderLogger
}

// WithLogger returns the filtered form of the wrapped recorder's
// WithLogger(logger).
func (r *filteredEventRecorder) WithLogger(logger klog.Logger) record.EventRecorderLogger {
	return FilterEventRecorder(r.logged.WithLogger(logger))
}
