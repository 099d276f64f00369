package fakes

import (
	"fmt"
	"testing"
)

// recorder is a Reporter that keeps what it was told.
type recorder struct{ messages []string }

func (r *recorder) Errorf(format string, args ...any) {
	r.messages = append(r.messages, fmt.Sprintf(format, args...))
}

func TestAssertList(t *testing.T) {
	tests := []struct {
		name             string
		expected, actual []string
		want             string
	}{
		{name: "both nil"},
		{name: "equal", expected: []string{"a", "b"}, actual: []string{"a", "b"}},
		{name: "nil is not empty", expected: []string{}, want: `AssertList: expected []string{}, got []string(nil)`},
		{name: "empty is not nil", actual: []string{}, want: `AssertList: expected []string(nil), got []string{}`},
		{name: "order counts", expected: []string{"a", "b"}, actual: []string{"b", "a"}, want: `AssertList: expected []string{"a", "b"}, got []string{"b", "a"}`},
		{name: "duplicates count", expected: []string{"a"}, actual: []string{"a", "a"}, want: `AssertList: expected []string{"a"}, got []string{"a", "a"}`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var r recorder
			ok := AssertList(&r, tt.expected, tt.actual)
			if ok != (tt.want == "") {
				t.Errorf("AssertList = %v, want %v", ok, tt.want == "")
			}
			if tt.want == "" && len(r.messages) != 0 || tt.want != "" && (len(r.messages) != 1 || r.messages[0] != tt.want) {
				t.Errorf("reported %q, want %q", r.messages, tt.want)
			}
		})
	}
}

func TestAssertCallCount(t *testing.T) {
	calls := []string{"GetPods", "PullImage", "GetPods", "getpods"}
	tests := []struct {
		name     string
		call     string
		expected int
		want     string
	}{
		{name: "match", call: "GetPods", expected: 2},
		{name: "case-sensitive", call: "getpods", expected: 1},
		{name: "absent", call: "KillPod", expected: 0},
		{name: "mismatch", call: "PullImage", expected: 3, want: "AssertCallCounts: expected PullImage to be called 3 times, but was actually called 1 times."},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var r recorder
			ok := AssertCallCount(&r, calls, tt.call, tt.expected)
			if ok != (tt.want == "") {
				t.Errorf("AssertCallCount = %v", ok)
			}
			if tt.want != "" && (len(r.messages) != 1 || r.messages[0] != tt.want) {
				t.Errorf("reported %q, want %q", r.messages, tt.want)
			}
		})
	}
}

func TestAssertListNilReporterPanicsOnFailureOnly(t *testing.T) {
	var nilT *testing.T
	if !AssertList(nilT, nil, nil) {
		t.Fatal("equal lists failed")
	}
	defer func() {
		if recover() == nil {
			t.Error("a failure with a nil *testing.T did not panic")
		}
	}()
	AssertList(nilT, []string{"a"}, nil)
}
