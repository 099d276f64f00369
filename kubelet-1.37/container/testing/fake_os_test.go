package testing

import (
	"errors"
	"os"
	"sort"
	"strings"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
)

func TestFakeOSWithoutHooks(t *testing.T) {
	f := &FakeOS{HostName: "node-1"}
	_, statErr := f.Stat("/x")
	entries, readErr := f.ReadDir("/x")
	globbed, globErr := f.Glob("*")
	r, w, pipeErr := f.Pipe()
	file, createErr := f.Create("/x/1")
	opened, openErr := f.Open("/x")
	openedFile, openFileErr := f.OpenFile("/x", os.O_RDONLY, 0)
	host, hostErr := f.Hostname()
	tests := []struct {
		name string
		err  error
		ok   bool
	}{
		{"MkdirAll", f.MkdirAll("/x", 0o755), true},
		{"Symlink", f.Symlink("/a", "/b"), true},
		{"Stat", nil, statErr != nil && statErr.Error() == "unimplemented testing mock"},
		{"ReadDir", readErr, entries == nil},
		{"Glob", globErr, globbed == nil},
		{"Pipe", pipeErr, r == nil && w == nil},
		{"Create", createErr, file == nil},
		{"Open", openErr, opened == nil},
		{"OpenFile", openFileErr, openedFile == nil},
		{"Chmod", f.Chmod("/x", 0o600), true},
		{"Chtimes", f.Chtimes("/x", time.Now(), time.Now()), true},
		{"Rename", f.Rename("/a", "/b"), true},
		{"Remove", f.Remove("/r1"), true},
		{"RemoveAll", f.RemoveAll("/r2"), true},
		{"Hostname", hostErr, host == "node-1"},
	}
	for _, tt := range tests {
		assert.NoError(t, tt.err, tt.name)
		assert.True(t, tt.ok, tt.name)
	}
	assert.Equal(t, []string{"/r1", "/r2"}, f.Removes)
	assert.Equal(t, map[string][]*os.FileInfo{"/x/1": {}}, f.Files)
}

func TestFakeOSHooks(t *testing.T) {
	boom := errors.New("boom")
	var calls []string
	f := &FakeOS{
		MkdirAllFn: func(p string, _ os.FileMode) error { calls = append(calls, "mkdir "+p); return boom },
		SymlinkFn:  func(o, n string) error { calls = append(calls, "ln "+o+" "+n); return boom },
		StatFn:     func(p string) (os.FileInfo, error) { calls = append(calls, "stat "+p); return nil, boom },
		ReadDirFn:  func(p string) ([]os.DirEntry, error) { calls = append(calls, "ls "+p); return nil, boom },
		GlobFn:     func(pattern, path string) bool { return strings.HasPrefix(path, pattern) },
	}
	assert.Equal(t, boom, f.MkdirAll("/d", 0o755))
	assert.Equal(t, boom, f.Symlink("/o", "/n"))
	_, err := f.Stat("/s")
	assert.Equal(t, boom, err)
	_, err = f.ReadDir("/r")
	assert.Equal(t, boom, err)
	assert.Equal(t, []string{"mkdir /d", "ln /o /n", "stat /s", "ls /r"}, calls)

	for _, p := range []string{"/logs/a", "/logs/b", "/other"} {
		_, _ = f.Create(p)
	}
	got, err := f.Glob("/logs/")
	assert.NoError(t, err)
	sort.Strings(got)
	assert.Equal(t, []string{"/logs/a", "/logs/b"}, got)
}
