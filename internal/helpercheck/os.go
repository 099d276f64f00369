package helpercheck

import (
	"errors"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"reflect"
	"testing"
	"time"
)

// OS is every line's OSInterface.
type OS interface {
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

// RealOS checks a line's RealOS in a temporary directory: each method does
// what the os (or path/filepath) function of its name does.
func RealOS(t *testing.T, realOS OS) {
	dir := t.TempDir()
	path := func(name string) string { return filepath.Join(dir, name) }
	must := func(what string, err error) {
		t.Helper()
		if err != nil {
			t.Fatalf("%s: %v", what, err)
		}
	}
	must("MkdirAll", realOS.MkdirAll(path("a/b"), 0o750))
	if info, err := realOS.Stat(path("a/b")); err != nil || !info.IsDir() {
		t.Errorf("Stat of the new directory = %v, %v", info, err)
	}
	if _, err := realOS.Stat(path("missing")); !errors.Is(err, fs.ErrNotExist) {
		t.Errorf("Stat of a missing file: %v", err)
	}
	f, err := realOS.Create(path("f"))
	must("Create", err)
	_, err = f.WriteString("hello")
	must("writing the created file", err)
	must("closing it", f.Close())
	f, err = realOS.Open(path("f"))
	must("Open", err)
	data, err := io.ReadAll(f)
	must("reading the opened file", err)
	must("closing it", f.Close())
	if string(data) != "hello" {
		t.Errorf("Open read %q", data)
	}
	if _, err := realOS.OpenFile(path("f"), os.O_CREATE|os.O_EXCL|os.O_WRONLY, 0o600); !errors.Is(err, fs.ErrExist) {
		t.Errorf("OpenFile with O_EXCL of an existing file: %v", err)
	}
	must("Chmod", realOS.Chmod(path("f"), 0o640))
	mtime := time.Date(2020, 1, 2, 3, 4, 5, 0, time.UTC)
	must("Chtimes", realOS.Chtimes(path("f"), mtime, mtime))
	if info, err := os.Stat(path("f")); err != nil || info.Mode().Perm() != 0o640 || !info.ModTime().Equal(mtime) {
		t.Errorf("after Chmod and Chtimes: %v, %v", info, err)
	}
	must("Symlink", realOS.Symlink(path("f"), path("link")))
	if target, err := os.Readlink(path("link")); err != nil || target != path("f") {
		t.Errorf("the link points to %q, %v", target, err)
	}
	must("Rename", realOS.Rename(path("link"), path("g.log")))
	entries, err := realOS.ReadDir(dir)
	must("ReadDir", err)
	var names []string
	for _, e := range entries {
		names = append(names, e.Name())
	}
	matches, err := realOS.Glob(path("*.log"))
	if !reflect.DeepEqual(names, []string{"a", "f", "g.log"}) || err != nil || !reflect.DeepEqual(matches, []string{path("g.log")}) {
		t.Errorf("ReadDir = %q; Glob = %q, %v", names, matches, err)
	}
	if _, err := realOS.Glob("["); !errors.Is(err, filepath.ErrBadPattern) {
		t.Errorf("Glob of a bad pattern: %v", err)
	}
	must("Remove", realOS.Remove(path("g.log")))
	if err := realOS.Remove(path("a")); err == nil {
		t.Error("Remove of a non-empty directory succeeded")
	}
	must("RemoveAll", realOS.RemoveAll(path("a")))
	if _, err := os.Stat(path("a")); !errors.Is(err, fs.ErrNotExist) {
		t.Errorf("RemoveAll left %v", err)
	}
	r, w, err := realOS.Pipe()
	must("Pipe", err)
	_, err = w.WriteString("ping")
	must("writing the pipe", err)
	must("closing its writer", w.Close())
	if data, err := io.ReadAll(r); err != nil || string(data) != "ping" || r.Close() != nil {
		t.Errorf("the pipe gave %q, %v", data, err)
	}
	want, wantErr := os.Hostname()
	if got, err := realOS.Hostname(); got != want || !reflect.DeepEqual(err, wantErr) {
		t.Errorf("Hostname = %q, %v; os gives %q, %v", got, err, want, wantErr)
	}
}
