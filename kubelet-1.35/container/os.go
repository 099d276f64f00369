package container

import (
	"os"
	"path/filepath"
	"time"
)

// OSInterface is the operating-system calls the kubelet makes through an
// interface, so that tests can replace them.
type OSInterface interface {
	MkdirAll(path string, perm os.FileMode) error
	Symlink(oldname string, newname string) error
	Stat(path string) (os.FileInfo, error)
	Remove(path string) error
	RemoveAll(path string) error
	Create(path string) (*os.File, error)
	Chmod(path string, perm os.FileMode) error
	Hostname() (name string, err error)
	Chtimes(path string, atime time.Time, mtime time.Time) error
	Pipe() (r *os.File, w *os.File, err error)
	ReadDir(dirname string) ([]os.DirEntry, error)
	Glob(pattern string) ([]string, error)
	Open(name string) (*os.File, error)
	OpenFile(name string, flag int, perm os.FileMode) (*os.File, error)
	Rename(oldpath, newpath string) error
}

// RealOS is the OSInterface of the machine: each method is the function of
// its name of package os; Glob is filepath.Glob.
type RealOS struct{}

var _ OSInterface = RealOS{}

// MkdirAll is os.MkdirAll.
func (RealOS) MkdirAll(path string, perm os.FileMode) error { return os.MkdirAll(path, perm) }

// Symlink is os.Symlink.
func (RealOS) Symlink(oldname string, newname string) error { return os.Symlink(oldname, newname) }

// Stat is os.Stat.
func (RealOS) Stat(path string) (os.FileInfo, error) { return os.Stat(path) }

// Remove is os.Remove.
func (RealOS) Remove(path string) error { return os.Remove(path) }

// RemoveAll is os.RemoveAll.
func (RealOS) RemoveAll(path string) error { return os.RemoveAll(path) }

// Create is os.Create.
func (RealOS) Create(path string) (*os.File, error) { return os.Create(path) }

// Chmod is os.Chmod.
func (RealOS) Chmod(path string, perm os.FileMode) error { return os.Chmod(path, perm) }

// Hostname is os.Hostname.
func (RealOS) Hostname() (name string, err error) { return os.Hostname() }

// Chtimes is os.Chtimes.
func (RealOS) Chtimes(path string, atime time.Time, mtime time.Time) error {
	return os.Chtimes(path, atime, mtime)
}

// Pipe is os.Pipe.
func (RealOS) Pipe() (r *os.File, w *os.File, err error) { return os.Pipe() }

// ReadDir is os.ReadDir.
func (RealOS) ReadDir(dirname string) ([]os.DirEntry, error) { return os.ReadDir(dirname) }

// Glob is filepath.Glob.
func (RealOS) Glob(pattern string) ([]string, error) { return filepath.Glob(pattern) }

// Open is os.Open.
func (RealOS) Open(name string) (*os.File, error) { return os.Open(name) }

// OpenFile is os.OpenFile.
func (RealOS) OpenFile(name string, flag int, perm os.FileMode) (*os.File, error) {
	return os.OpenFile(name, flag, perm)
}

// Rename is os.Rename.
func (RealOS) Rename(oldpath, newpath string) error { return os.Rename(oldpath, newpath) }
