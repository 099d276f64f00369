package container

import (
	"k8s.io/client-go/tools/record"

	"github.com/kubecontainer/kubecontainer/internal/objref"
)

// FilterEventRecorder drops the events of recorder that are not about a
// container reference outside ImplicitContainerPrefix. The result has only
// record.EventRecorder's methods: a WithLogger of the wrapped recorder would
// return one that does not filter.
func FilterEventRecorder(recorder record.EventRecorder) record.EventRecorder {
	return &objref.FilteredRecorder{Recorder: recorder, ImplicitPrefix: &ImplicitContainerPrefix}
}
