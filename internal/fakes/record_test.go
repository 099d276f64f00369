package fakes

import (
	"errors"
	"reflect"
	"sync"
	"testing"
)

// lockChecker is a sync.Locker that reports whether it is held.
type lockChecker struct {
	mu   sync.Mutex
	held bool
}

func (l *lockChecker) Lock()   { l.mu.Lock(); l.held = true }
func (l *lockChecker) Unlock() { l.held = false; l.mu.Unlock() }

// TestRecordingShapes checks that each of the four shapes holds the lock
// while it reads or changes the fields, releases it, and records exactly
// the calls it is named for.
func TestRecordingShapes(t *testing.T) {
	boom := errors.New("boom")
	var l lockChecker
	var calls []string
	err := boom
	if got := RecordCall(&l, &calls, "DeleteContainer", &err); got != boom {
		t.Errorf("RecordCall = %v, want the fake's error", got)
	}
	for _, tt := range []struct {
		name string
		err  error
	}{{"Version", nil}, {"Status", boom}} {
		held, gotErr := RecordCallAnswer(&l, &calls, tt.name, func() (bool, error) { return l.held, tt.err })
		if !held || gotErr != tt.err {
			t.Errorf("RecordCallAnswer(%s) = %v, %v: the answer must run under the lock", tt.name, held, gotErr)
		}
	}
	updated := false
	if got := RecordCallUpdate(&l, &calls, "KillPod", func() error { updated = l.held; return boom }); got != boom || !updated {
		t.Errorf("RecordCallUpdate = %v (update ran under the lock: %v)", got, updated)
	}
	if !ReadLocked(&l, func() bool { return l.held }) {
		t.Error("ReadLocked ran its read without the lock")
	}
	if l.held {
		t.Error("the lock is still held")
	}
	if want := []string{"DeleteContainer", "Version", "Status", "KillPod"}; !reflect.DeepEqual(calls, want) {
		t.Errorf("calls = %q, want %q (ReadLocked records nothing)", calls, want)
	}
}
