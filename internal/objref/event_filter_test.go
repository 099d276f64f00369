package objref

import (
	"testing"

	"github.com/stretchr/testify/assert"
	v1 "k8s.io/api/core/v1"
	"k8s.io/apimachinery/pkg/runtime"
	"k8s.io/client-go/tools/record"
)

// recorded sends one event of each method about object through a filter
// with prefix and returns what reached the recorder behind it.
func recorded(prefix *string, object runtime.Object) []string {
	fake := record.NewFakeRecorder(3)
	r := &FilteredRecorder{Recorder: fake, ImplicitPrefix: prefix}
	r.Event(object, v1.EventTypeNormal, "Pulled", "pulled")
	r.Eventf(object, v1.EventTypeWarning, "Failed", "failed %d", 1)
	r.AnnotatedEventf(object, nil, v1.EventTypeNormal, "Started", "started %s", "x")
	close(fake.Events)
	var got []string
	for e := range fake.Events {
		got = append(got, e)
	}
	return got
}

func TestFilteredRecorder(t *testing.T) {
	prefix := "implicitly required container "
	all := []string{"Normal Pulled pulled", "Warning Failed failed 1", "Normal Started started x"}
	tests := []struct {
		name   string
		object runtime.Object
		want   []string
	}{
		{"container reference", &v1.ObjectReference{FieldPath: "spec.containers{app}"}, all},
		{"the prefix needs its trailing space", &v1.ObjectReference{FieldPath: "implicitly required container"}, all},
		{"implicit container", &v1.ObjectReference{FieldPath: prefix + "POD"}, nil},
		{"implicit container without a name", &v1.ObjectReference{FieldPath: prefix}, nil},
		{"typed nil reference", (*v1.ObjectReference)(nil), nil},
		{"nil object", nil, nil},
		{"pod", &v1.Pod{}, nil},
	}
	for _, tt := range tests {
		assert.Equal(t, tt.want, recorded(&prefix, tt.object), tt.name)
	}
}

// TestFilteredRecorderReadsPrefixPerEvent checks that the filter follows
// the line's variable when it changes.
func TestFilteredRecorderReadsPrefixPerEvent(t *testing.T) {
	prefix := "other "
	assert.Len(t, recorded(&prefix, &v1.ObjectReference{FieldPath: "implicitly required container POD"}), 3)
}
