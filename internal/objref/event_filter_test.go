package objref

import (
	"testing"

	"github.com/stretchr/testify/assert"
	v1 "k8s.io/api/core/v1"
	"k8s.io/client-go/tools/record"
)

// TestFilteredRecorderReadsPrefixPerEvent checks that the filter follows
// the line's variable when it changes.
func TestFilteredRecorderReadsPrefixPerEvent(t *testing.T) {
	fake := record.NewFakeRecorder(4)
	prefix := "implicit "
	r := &FilteredRecorder{Recorder: fake, ImplicitPrefix: &prefix}
	r.Event(&v1.ObjectReference{FieldPath: "implicit x"}, v1.EventTypeNormal, "Dropped", "")
	prefix = "other "
	r.Event(&v1.ObjectReference{FieldPath: "implicit x"}, v1.EventTypeNormal, "Passed", "")
	r.Eventf(&v1.Pod{}, v1.EventTypeNormal, "NotAReference", "")
	r.AnnotatedEventf((*v1.ObjectReference)(nil), nil, v1.EventTypeNormal, "NilReference", "")
	close(fake.Events)
	var got []string
	for e := range fake.Events {
		got = append(got, e)
	}
	assert.Equal(t, []string{"Normal Passed "}, got)
}
