package fakescript

import (
	"fmt"
	"reflect"
	"sync"
)

// Recorder is the T a scenario gives a fake whose T field accepts it
// (FakeRuntime from v1.30, whose T is an interface with Errorf): it keeps
// every message the fake reports, as fmt.Sprintf formats it.
type Recorder struct {
	mu       sync.Mutex
	messages []string
}

// Errorf keeps one message.
func (r *Recorder) Errorf(format string, args ...any) {
	r.mu.Lock()
	defer r.mu.Unlock()
	r.messages = append(r.messages, fmt.Sprintf(format, args...))
}

// Take returns the messages kept since the last Take and forgets them; a
// nil Recorder has none.
func (r *Recorder) Take() []string {
	if r == nil {
		return nil
	}
	r.mu.Lock()
	defer r.mu.Unlock()
	out := r.messages
	r.messages = nil
	return out
}

// Attach sets the field T of the fake that fake points to (or of a struct
// it embeds) to r when that field's type accepts a *Recorder, and reports
// whether it did. Before v1.30 FakeRuntime's T is a *testing.T, which a
// scenario cannot record, and Attach leaves it nil.
func Attach(fake any, r *Recorder) bool {
	s, ok := fakeStruct(fake, true)
	if !ok {
		return false
	}
	t := s.FieldByName("T")
	if !t.IsValid() || !t.CanSet() || !reflect.TypeOf(r).AssignableTo(t.Type()) {
		return false
	}
	t.Set(reflect.ValueOf(r))
	return true
}
