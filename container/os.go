package container

import (
	"os"
	"path/filepath"
	"time"
)

// OSInterface collects the operating-system calls the kubelet makes, so
// that tests can replace them.
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

// RealOS is the OSInterface of the real operating system: each method calls
// the function of the same name in package os (Glob: path/filepath).
type RealOS struct{}

var _ OSInterface = RealOS{}

// MkdirAll calls os.MkdirAll: it creates path and any missing parents.
func (RealOS) MkdirAll(path string, perm os.FileMode) error {
	return os.MkdirAll(path, perm)
}

// Symlink calls os.Symlink: it creates newname as a symbolic link to
// oldname.
func (RealOS) Symlink(oldname string, newname string) error {
	return os.Symlink(oldname, newname)
}

// Stat calls os.Stat: it describes the file at path, following links.
func (RealOS) Stat(path string) (os.FileInfo, error) {
	return os.Stat(path)
}

// Remove calls os.Remove: it removes the file or empty directory at path.
func (RealOS) Remove(path string) error {
	return os.Remove(path)
}

// RemoveAll calls os.RemoveAll: it removes path and everything below it.
func (RealOS) RemoveAll(path string) error {
	return os.RemoveAll(path)
}

// Create calls os.Create: it creates or truncates the file at path and
// opens it for reading and writing.
func (RealOS) Create(path string) (*os.File, error) {
	return os.Create(path)
}

// Chmod calls os.Chmod: it changes the mode of the file at path.
func (RealOS) Chmod(path string, perm os.FileMode) error {
	return os.Chmod(path, perm)
}

// Hostname calls os.Hostname: it returns the host name the kernel reports.
func (RealOS) Hostname() (name string, err error) {
	return os.Hostname()
}

// Chtimes calls os.Chtimes: it changes the access and modification times
// of the file at path.
func (RealOS) Chtimes(path string, atime time.Time, mtime time.Time) error {
	return os.Chtimes(path, atime, mtime)
}

// Pipe calls os.Pipe: it returns a connected pair of files.
func (RealOS) Pipe() (r *os.File, w *os.File, err error) {
	return os.Pipe()
}

// ReadDir calls os.ReadDir: it lists the directory dirname, sorted by name.
func (RealOS) ReadDir(dirname string) ([]os.DirEntry, error) {
	return os.ReadDir(dirname)
}

// Glob calls filepath.Glob: it returns the names of the files matching
// pattern.
func (RealOS) Glob(pattern string) ([]string, error) {
	return filepath.Glob(pattern)
}

// Open calls os.Open: it opens the file name for reading.
func (RealOS) Open(name string) (*os.File, error) {
	return os.Open(name)
}

// OpenFile calls os.OpenFile: it opens the file name with the given flags
// and, when it creates the file, mode perm.
func (RealOS) OpenFile(name string, flag int, perm os.FileMode) (*os.File, error) {
	return os.OpenFile(name, flag, perm)
}

// Rename calls os.Rename: it moves oldpath to newpath.
func (RealOS) Rename(oldpath, newpath string) error {
	return os.Rename(oldpath, newpath)
}
