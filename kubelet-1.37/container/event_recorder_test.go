package container

import (
	"testing"

	v1 "k8s.io/api/core/v1"
	"k8s.io/client-go/tools/record"
	"k8s.io/klog/v2"
)

// drain returns the events fake recorded so far.
func drain(fake *record.FakeRecorder) []string {
	var events []string
	for {
		select {
		case e := <-fake.Events:
			events = append(events, e)
		default:
			return events
		}
	}
}

func TestFilterEventRecorderWithLoggerStillFilters(t *testing.T) {
	fake := record.NewFakeRecorder(8)
	filtered := FilterEventRecorder(fake)
	for _, recorder := range []record.EventRecorderLogger{filtered, filtered.WithLogger(klog.Background())} {
		recorder.Event(&v1.ObjectReference{FieldPath: "spec.containers{app}"}, v1.EventTypeNormal, "Started", "app")
		recorder.Eventf(&v1.ObjectReference{FieldPath: ImplicitContainerPrefix + "POD"}, v1.EventTypeNormal, "Sandbox", "")
		recorder.AnnotatedEventf(&v1.Pod{}, nil, v1.EventTypeWarning, "NotAContainer", "")
	}
	got := drain(fake)
	if len(got) != 2 || got[0] != "Normal Started app" || got[1] != got[0] {
		t.Errorf("recorded %q, want the container event twice", got)
	}
}
