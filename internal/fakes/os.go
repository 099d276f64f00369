package fakes

import (
	"errors"
	"os"
	"sync"
)

// CallHookOrNil returns hook(a, b), or nil when hook is nil: FakeOS's
// MkdirAll and Symlink.
func CallHookOrNil[A, B any](hook func(A, B) error, a A, b B) error {
	if hook == nil {
		return nil
	}
	return hook(a, b)
}

// Stat returns fn(path), or, when fn is nil, nil and a new error (one per
// call, as the kubelet's fake makes) saying "unimplemented testing mock".
func Stat(fn func(string) (os.FileInfo, error), path string) (os.FileInfo, error) {
	if fn == nil {
		return nil, errors.New("unimplemented testing mock")
	}
	return fn(path)
}

// ReadDir returns fn(dir), or nil and nil when fn is nil.
func ReadDir(fn func(string) ([]os.DirEntry, error), dir string) ([]os.DirEntry, error) {
	if fn == nil {
		return nil, nil
	}
	return fn(dir)
}

// AppendLocked appends path to *list while holding mu.
func AppendLocked(mu *sync.Mutex, list *[]string, path string) {
	mu.Lock()
	defer mu.Unlock()
	*list = append(*list, path)
}

// CreateFile sets (*files)[path] to an empty, non-nil list while holding
// the write lock, making the map first when it is nil.
func CreateFile(lock *sync.RWMutex, files *map[string][]*os.FileInfo, path string) {
	lock.Lock()
	defer lock.Unlock()
	if *files == nil {
		*files = make(map[string][]*os.FileInfo)
	}
	(*files)[path] = []*os.FileInfo{}
}

// Glob returns the keys of *files for which match(pattern, key) is true,
// read under the read lock, in map order (unsorted; nil when none match).
// With a nil match it returns nil without looking at the files.
func Glob(lock *sync.RWMutex, files *map[string][]*os.FileInfo, match func(string, string) bool, pattern string) []string {
	if match == nil {
		return nil
	}
	lock.RLock()
	defer lock.RUnlock()
	var matches []string
	for path := range *files {
		if match(pattern, path) {
			matches = append(matches, path)
		}
	}
	return matches
}
