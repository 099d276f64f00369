package container

import (
	"k8s.io/client-go/tools/record"
	"k8s.io/klog/v2"

	"github.com/kubecontainer/kubecontainer/internal/objref"
)

// FilterEventRecorder drops the events of recorder that are not about a
// container reference outside ImplicitContainerPrefix, WithLogger's too.
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
