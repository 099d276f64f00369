package container

import (
	"os"
	"path/filepath"
	"time"
)

// OSInterface holds the operating-system calls the kubelet makes through an
// interface so that tests can fake them.
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

// RealOS is the OSInterface of the host: each method calls the os function
// of its name, and Glob calls filepath.Glob.
type RealOS struct{}

var _ OSInterface = RealOS{}

// MkdirAll calls os.MkdirAll.
func (RealOS) MkdirAll(path string, perm os.FileMode) error { return os.MkdirAll(path, perm) }

// Symlink calls os.Symlink.
func (RealOS) Symlink(oldname string, newname string) error { return os.Symlink(oldname, newname) }

// Stat calls os.Stat.
func (RealOS) Stat(path string) (os.FileInfo, error) { return os.Stat(path) }

// Remove calls os.Remove.
func (RealOS) Remove(path string) error { return os.Remove(path) }

// RemoveAll calls os.RemoveAll.
func (RealOS) RemoveAll(path string) error { return os.RemoveAll(path) }

// Create calls os.Create.
func (RealOS) Create(path string) (*os.File, error) { return os.Create(path) }

// Chmod calls os.Chmod.
func (RealOS) Chmod(path string, perm os.FileMode) error { return os.Chmod(path, perm) }

// Hostname calls os.Hostname.
func (RealOS) Hostname() (name string, err error) { return os.Hostname() }

// Chtimes calls os.Chtimes.
func (RealOS) Chtimes(path string, atime time.Time, mtime time.Time) error {
	return os.Chtimes(path, atime, mtime)
}

// Pipe calls os.Pipe.
func (RealOS) Pipe() (r *os.File, w *os.File, err error) { return os.Pipe() }

// ReadDir calls os.ReadDir.
func (RealOS) ReadDir(dirname string) ([]os.DirEntry, error) { return os.ReadDir(dirname) }

// Glob calls filepath.Glob.
func (RealOS) Glob(pattern string) ([]string, error) { return filepath.Glob(pattern) }

// Open calls os.Open.
func (RealOS) Open(name string) (*os.File, error) { return os.Open(name) }

// OpenFile calls os.OpenFile.
func (RealOS) OpenFile(name string, flag int, perm os.FileMode) (*os.File, error) {
	return os.OpenFile(name, flag, perm)
}

// Rename calls os.Rename.
func (RealOS) Rename(oldpath, newpath string) error { return os.Rename(oldpath, newpath) }
