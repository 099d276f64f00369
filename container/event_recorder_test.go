package container

import (
	"reflect"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	v1 "k8s.io/api/core/v1"
	"k8s.io/apimachinery/pkg/runtime"
	"k8s.io/client-go/tools/record"
)

// recordedEvent is one call that reached a spyEventRecorder.
type recordedEvent struct {
	method      string
	object      runtime.Object
	annotations map[string]string
	eventtype   string
	reason      string
	message     string
	args        []interface{}
}

// spyEventRecorder records every call it gets.
type spyEventRecorder struct {
	events []recordedEvent
}

var _ record.EventRecorder = &spyEventRecorder{}

func (s *spyEventRecorder) Event(object runtime.Object, eventtype, reason, message string) {
	s.events = append(s.events, recordedEvent{method: "Event", object: object, eventtype: eventtype, reason: reason, message: message})
}

func (s *spyEventRecorder) Eventf(object runtime.Object, eventtype, reason, messageFmt string, args ...interface{}) {
	s.events = append(s.events, recordedEvent{method: "Eventf", object: object, eventtype: eventtype, reason: reason, message: messageFmt, args: args})
}

func (s *spyEventRecorder) AnnotatedEventf(object runtime.Object, annotations map[string]string, eventtype, reason, messageFmt string, args ...interface{}) {
	s.events = append(s.events, recordedEvent{method: "AnnotatedEventf", object: object, annotations: annotations, eventtype: eventtype, reason: reason, message: messageFmt, args: args})
}

// sendAllEventKinds sends one event of each method about object.
func sendAllEventKinds(recorder record.EventRecorder, object runtime.Object) {
	recorder.Event(object, v1.EventTypeNormal, "Pulled", "pulled")
	recorder.Eventf(object, v1.EventTypeWarning, "Failed", "failed %d", 1)
	recorder.AnnotatedEventf(object, map[string]string{"k": "v"}, v1.EventTypeNormal, "Started", "started %s", "x")
}

func TestFilterEventRecorderForwardsContainerReferences(t *testing.T) {
	spy := &spyEventRecorder{}
	ref := &v1.ObjectReference{Kind: "Pod", Name: "web", FieldPath: "spec.containers{app}"}
	sendAllEventKinds(FilterEventRecorder(spy), ref)
	require.Len(t, spy.events, 3)
	assert.Equal(t, recordedEvent{method: "Event", object: ref, eventtype: "Normal", reason: "Pulled", message: "pulled"}, spy.events[0])
	assert.Equal(t, recordedEvent{method: "Eventf", object: ref, eventtype: "Warning", reason: "Failed", message: "failed %d",
		args: []interface{}{1}}, spy.events[1])
	assert.Equal(t, recordedEvent{method: "AnnotatedEventf", object: ref, annotations: map[string]string{"k": "v"},
		eventtype: "Normal", reason: "Started", message: "started %s", args: []interface{}{"x"}}, spy.events[2])
	for _, e := range spy.events {
		assert.Same(t, ref, e.object, "the same reference is passed on")
	}
}

func TestFilterEventRecorderDrops(t *testing.T) {
	var nilRef *v1.ObjectReference
	tests := []struct {
		name   string
		object runtime.Object
	}{
		{"implicit container", &v1.ObjectReference{FieldPath: "implicitly required container POD"}},
		{"implicit container without a name", &v1.ObjectReference{FieldPath: ImplicitContainerPrefix}},
		{"typed nil reference", nilRef},
		{"nil object", nil},
		{"pod", &v1.Pod{}},
		{"node", &v1.Node{}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			spy := &spyEventRecorder{}
			sendAllEventKinds(FilterEventRecorder(spy), tt.object)
			assert.Empty(t, spy.events)
		})
	}
}

func TestFilterEventRecorderPrefixNeedsTrailingSpace(t *testing.T) {
	spy := &spyEventRecorder{}
	sendAllEventKinds(FilterEventRecorder(spy), &v1.ObjectReference{FieldPath: "implicitly required container"})
	assert.Len(t, spy.events, 3)
}

func TestFilterEventRecorderNilRecorder(t *testing.T) {
	recorder := FilterEventRecorder(nil)
	assert.NotPanics(t, func() { sendAllEventKinds(recorder, &v1.Pod{}) }, "dropped events never reach the recorder")
	assert.Panics(t, func() { recorder.Event(&v1.ObjectReference{}, "Normal", "r", "m") })
}

// The wrapper has exactly the methods of record.EventRecorder, so no other
// method of the wrapped recorder (such as WithLogger) can bypass the filter.
func TestFilterEventRecorderHasOnlyEventRecorderMethods(t *testing.T) {
	recorder := FilterEventRecorder(&spyEventRecorder{})
	want := reflect.TypeOf((*record.EventRecorder)(nil)).Elem().NumMethod()
	assert.Equal(t, want, reflect.TypeOf(recorder).NumMethod())
}
