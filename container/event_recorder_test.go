package container

import (
	"reflect"
	"testing"

	v1 "k8s.io/api/core/v1"
	"k8s.io/client-go/tools/record"
)

// TestFilterEventRecorderHasOnlyEventRecorderMethods checks what only this
// line does: the wrapper has exactly the methods of record.EventRecorder,
// so no other method of the wrapped recorder (such as WithLogger of newer
// client-go versions) can bypass the filter. The filter itself is tested in
// internal/objref.
func TestFilterEventRecorderHasOnlyEventRecorderMethods(t *testing.T) {
	fake := record.NewFakeRecorder(1)
	recorder := FilterEventRecorder(fake)
	if want, got := reflect.TypeOf((*record.EventRecorder)(nil)).Elem().NumMethod(), reflect.TypeOf(recorder).NumMethod(); got != want {
		t.Errorf("the filtered recorder has %d methods, record.EventRecorder %d", got, want)
	}
	recorder.Event(&v1.ObjectReference{FieldPath: ImplicitContainerPrefix + "POD"}, v1.EventTypeNormal, "Sandbox", "")
	recorder.Event(&v1.ObjectReference{FieldPath: "spec.containers{app}"}, v1.EventTypeNormal, "Started", "app")
	close(fake.Events)
	var got []string
	for e := range fake.Events {
		got = append(got, e)
	}
	if !reflect.DeepEqual(got, []string{"Normal Started app"}) {
		t.Errorf("recorded %q, want only the container's event", got)
	}
}
