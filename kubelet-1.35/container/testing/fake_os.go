package testing

import (
	"os"
	"sync"
	"time"

	"github.com/kubecontainer/kubecontainer/internal/fakes"
)

// FakeOS is a kubecontainer.OSInterface that touches no file: the *Fn hooks,
// when set, answer their calls, Remove and RemoveAll record their paths in
// Removes, and Create adds its path to Files. Create and Glob take
// FilesLock; Removes has a lock of its own, which upstream's has not.
type FakeOS struct {
	StatFn     func(string) (os.FileInfo, error)
	ReadDirFn  func(string) ([]os.DirEntry, error)
	MkdirAllFn func(string, os.FileMode) error
	SymlinkFn  func(string, string) error
	// GlobFn(pattern, path) reports whether path, a key of Files, matches
	// pattern.
	GlobFn    func(string, string) bool
	HostName  string
	Removes   []string
	Files     map[string][]*os.FileInfo
	FilesLock sync.RWMutex

	removesLock sync.Mutex
}

// MkdirAll returns MkdirAllFn(path, perm) when the hook is set, nil
// otherwise.
func (f *FakeOS) MkdirAll(path string, perm os.FileMode) error {
	return fakes.CallHookOrNil(f.MkdirAllFn, path, perm)
}

// Symlink returns SymlinkFn(oldname, newname) when the hook is set, nil
// otherwise.
func (f *FakeOS) Symlink(oldname string, newname string) error {
	return fakes.CallHookOrNil(f.SymlinkFn, oldname, newname)
}

// Stat returns StatFn(path) when the hook is set, otherwise nil and the
// error "unimplemented testing mock".
func (f *FakeOS) Stat(path string) (os.FileInfo, error) { return fakes.Stat(f.StatFn, path) }

// Remove appends path to Removes and returns nil.
func (f *FakeOS) Remove(path string) error {
	fakes.AppendLocked(&f.removesLock, &f.Removes, path)
	return nil
}

// RemoveAll appends path to Removes, like Remove, and returns nil.
func (f *FakeOS) RemoveAll(path string) error {
	fakes.AppendLocked(&f.removesLock, &f.Removes, path)
	return nil
}

// Create sets Files[path] to an empty list, making Files when nil, and
// returns nil, nil.
func (f *FakeOS) Create(path string) (*os.File, error) {
	fakes.CreateFile(&f.FilesLock, &f.Files, path)
	return nil, nil
}

// Chmod returns nil.
func (*FakeOS) Chmod(path string, perm os.FileMode) error { return nil }

// Hostname returns HostName and nil.
func (f *FakeOS) Hostname() (name string, err error) { return f.HostName, nil }

// Chtimes returns nil.
func (*FakeOS) Chtimes(path string, atime time.Time, mtime time.Time) error { return nil }

// Pipe returns nil files and a nil error.
func (*FakeOS) Pipe() (r *os.File, w *os.File, err error) { return nil, nil, nil }

// ReadDir returns ReadDirFn(dirname) when the hook is set, nil and nil
// otherwise.
func (f *FakeOS) ReadDir(dirname string) ([]os.DirEntry, error) {
	return fakes.ReadDir(f.ReadDirFn, dirname)
}

// Glob returns the keys of Files for which GlobFn(pattern, key) is true, in
// map order (nil for none, and without GlobFn), and nil.
func (f *FakeOS) Glob(pattern string) ([]string, error) {
	return fakes.Glob(&f.FilesLock, &f.Files, f.GlobFn, pattern), nil
}

// Open returns a nil file and a nil error.
func (*FakeOS) Open(name string) (*os.File, error) { return nil, nil }

// OpenFile returns a nil file and a nil error.
func (*FakeOS) OpenFile(name string, flag int, perm os.FileMode) (*os.File, error) { return nil, nil }

// Rename returns nil.
func (*FakeOS) Rename(oldpath, newpath string) error { return nil }
