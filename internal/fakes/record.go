package fakes

import "sync"

// The fake runtimes embed a sync.Mutex and list the names of the methods
// called in CalledFunctions. Each of their methods is one of the four
// shapes below: it records its call and returns the fake's error, records
// its call and answers from the fields, records its call and changes the
// fields, or reads the fields without recording anything. All four hold mu
// throughout.

// RecordCall appends name to *calls and returns *err (the fake's Err),
// both while holding mu.
func RecordCall(mu sync.Locker, calls *[]string, name string, err *error) error {
	mu.Lock()
	defer mu.Unlock()
	*calls = append(*calls, name)
	return *err
}

// RecordCallAnswer appends name to *calls and returns what answer returns,
// both while holding mu.
func RecordCallAnswer[T any](mu sync.Locker, calls *[]string, name string, answer func() (T, error)) (T, error) {
	mu.Lock()
	defer mu.Unlock()
	*calls = append(*calls, name)
	return answer()
}

// RecordCallUpdate appends name to *calls and runs update, both while
// holding mu, and returns update's error.
func RecordCallUpdate(mu sync.Locker, calls *[]string, name string, update func() error) error {
	mu.Lock()
	defer mu.Unlock()
	*calls = append(*calls, name)
	return update()
}

// ReadLocked returns what read returns, computed while holding mu. It
// records nothing.
func ReadLocked[T any](mu sync.Locker, read func() T) T {
	mu.Lock()
	defer mu.Unlock()
	return read()
}
