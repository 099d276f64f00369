package fakes

import "reflect"

// Reporter is where an assertion reports a failure. *testing.T and every
// testing.TB are Reporters.
type Reporter interface {
	Errorf(format string, args ...any)
}

// AssertList reports through t, and returns false, when actual differs
// from expected. The comparison is reflect.DeepEqual: order and duplicates
// count, and a nil slice differs from an empty one.
func AssertList(t Reporter, expected, actual []string) bool {
	if reflect.DeepEqual(expected, actual) {
		return true
	}
	t.Errorf("AssertList: expected %#v, got %#v", expected, actual)
	return false
}

// CountCalls returns how many entries of calls equal name exactly.
func CountCalls(calls []string, name string) int {
	count := 0
	for _, call := range calls {
		if call == name {
			count++
		}
	}
	return count
}

// AssertCallCount reports through t, and returns false, when name does not
// appear exactly expected times in calls.
func AssertCallCount(t Reporter, calls []string, name string, expected int) bool {
	actual := CountCalls(calls, name)
	if actual == expected {
		return true
	}
	t.Errorf("AssertCallCounts: expected %s to be called %d times, but was actually called %d times.", name, expected, actual)
	return false
}
