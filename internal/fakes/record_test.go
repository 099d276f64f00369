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

func TestRecordCallLocked(t *testing.T) {
	boom := errors.New("boom")
	var l lockChecker
	var calls []string
	err := boom
	if got := Record(&l, &calls, "DeleteContainer", &err); got != boom {
		t.Errorf("Record = %v", got)
	}
	tests := []struct {
		name string
		err  error
	}{{"Version", nil}, {"Status", boom}}
	for _, tt := range tests {
		got, gotErr := Call(&l, &calls, tt.name, func() (bool, error) { return l.held, tt.err })
		if !got || gotErr != tt.err {
			t.Errorf("Call(%s) = %v, %v: the answer must run under the lock", tt.name, got, gotErr)
		}
	}
	if !Locked(&l, func() bool { return l.held }) {
		t.Error("Locked ran its answer without the lock")
	}
	if l.held {
		t.Error("the lock is still held")
	}
	if want := []string{"DeleteContainer", "Version", "Status"}; !reflect.DeepEqual(calls, want) {
		t.Errorf("calls = %q, want %q", calls, want)
	}
}
