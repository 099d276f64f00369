package fakes

import "sync"

// Record is the whole of most fake runtime methods: while holding mu (the
// fake's embedded mutex) it appends name to *calls (its CalledFunctions)
// and reads *err (its Err), which it returns.
func Record(mu sync.Locker, calls *[]string, name string, err *error) error {
	mu.Lock()
	defer mu.Unlock()
	*calls = append(*calls, name)
	return *err
}

// Call appends name to *calls and runs answer, both while holding mu, and
// returns what answer returns: a fake runtime method that records its call
// and answers from the fake's fields.
func Call[T any](mu sync.Locker, calls *[]string, name string, answer func() (T, error)) (T, error) {
	mu.Lock()
	defer mu.Unlock()
	*calls = append(*calls, name)
	return answer()
}

// Locked returns answer() computed while holding mu: a fake method that
// reads the fake's fields without recording a call.
func Locked[T any](mu sync.Locker, answer func() T) T {
	mu.Lock()
	defer mu.Unlock()
	return answer()
}

// Act appends name to *calls and runs act, both while holding mu, and
// returns act's error: a fake runtime method that records its call and
// changes the fake's fields.
func Act(mu sync.Locker, calls *[]string, name string, act func() error) error {
	mu.Lock()
	defer mu.Unlock()
	*calls = append(*calls, name)
	return act()
}

// Choose returns ifTrue when cond holds and ifFalse otherwise.
func Choose[T any](cond bool, ifTrue, ifFalse T) T {
	if cond {
		return ifTrue
	}
	return ifFalse
}
