package testing

import (
	"os"
	"sync"
	"time"

	"github.com/kubecontainer/kubecontainer/internal/fakes"
)

// FakeOS is an OSInterface that leaves the filesystem alone: a set *Fn
// hook answers its call, Remove and RemoveAll record their paths in
// Removes, Create adds its path to Files, and everything else returns
// zero values. FilesLock guards Files; Create and Glob take it.
type FakeOS struct {
	StatFn     func(string) (os.FileInfo, error)
	ReadDirFn  func(string) ([]os.DirEntry, error)
	MkdirAllFn func(string, os.FileMode) error
	SymlinkFn  func(string, string) error
	// GlobFn(pattern, path) says whether a path of Files matches.
	GlobFn    func(string, string) bool
	HostName  string
	Removes   []string
	Files     map[string][]*os.FileInfo
	FilesLock sync.RWMutex

	// removesLock guards Removes; upstream has none.
	removesLock sync.Mutex
}

// MkdirAll returns MkdirAllFn(path, perm), or nil without the hook.
func (f *FakeOS) MkdirAll(path string, perm os.FileMode) error {
	return fakes.CallHookOrNil(f.MkdirAllFn, path, perm)
}

// Symlink returns SymlinkFn(oldname, newname), or nil without the hook.
func (f *FakeOS) Symlink(oldname string, newname string) error {
	return fakes.CallHookOrNil(f.SymlinkFn, oldname, newname)
}

// Stat returns StatFn(path), or an "unimplemented testing mock" error
// without the hook.
func (f *FakeOS) Stat(path string) (os.FileInfo, error) {
	return fakes.Stat(f.StatFn, path)
}

// Remove records path in Removes.
func (f *FakeOS) Remove(path string) error {
	fakes.AppendLocked(&f.removesLock, &f.Removes, path)
	return nil
}

// RemoveAll records path in Removes.
func (f *FakeOS) RemoveAll(path string) error {
	fakes.AppendLocked(&f.removesLock, &f.Removes, path)
	return nil
}

// Create sets Files[path] to an empty list and returns a nil file.
func (f *FakeOS) Create(path string) (*os.File, error) {
	fakes.CreateFile(&f.FilesLock, &f.Files, path)
	return nil, nil
}

// Chmod returns nil.
func (*FakeOS) Chmod(path string, perm os.FileMode) error {
	return nil
}

// Hostname returns HostName.
func (f *FakeOS) Hostname() (name string, err error) {
	return f.HostName, nil
}

// Chtimes returns nil.
func (*FakeOS) Chtimes(path string, atime time.Time, mtime time.Time) error {
	return nil
}

// Pipe returns nil files.
func (*FakeOS) Pipe() (r *os.File, w *os.File, err error) {
	return nil, nil, nil
}

// ReadDir returns ReadDirFn(dirname), or nothing without the hook.
func (f *FakeOS) ReadDir(dirname string) ([]os.DirEntry, error) {
	return fakes.ReadDir(f.ReadDirFn, dirname)
}

// Glob returns the paths of Files that GlobFn matches with pattern, in map
// order; nil without the hook.
func (f *FakeOS) Glob(pattern string) ([]string, error) {
	return fakes.Glob(&f.FilesLock, &f.Files, f.GlobFn, pattern), nil
}

// Open returns a nil file.
func (*FakeOS) Open(name string) (*os.File, error) {
	return nil, nil
}

// OpenFile returns a nil file.
func (*FakeOS) OpenFile(name string, flag int, perm os.FileMode) (*os.File, error) {
	return nil, nil
}

// Rename returns nil.
func (*FakeOS) Rename(oldpath, newpath string) error {
	return nil
}
