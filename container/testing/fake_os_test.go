package testing

import (
	"os"
	"sort"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/kubecontainer/kubecontainer/internal/waitfor"
)

func TestFakeOSHooks(t *testing.T) {
	info := NewMockFileInfo(t)
	entries := []os.DirEntry{NewMockDirEntry(t)}
	var got []string
	f := &FakeOS{
		MkdirAllFn: func(path string, perm os.FileMode) error {
			got = append(got, "mkdir "+path+" "+perm.String())
			return errFake
		},
		SymlinkFn: func(oldname, newname string) error {
			got = append(got, "symlink "+oldname+" "+newname)
			return errInspect
		},
		StatFn: func(path string) (os.FileInfo, error) {
			got = append(got, "stat "+path)
			return info, errStatus
		},
		ReadDirFn: func(dir string) ([]os.DirEntry, error) {
			got = append(got, "readdir "+dir)
			return entries, nil
		},
	}
	assert.Same(t, errFake, f.MkdirAll("/a", 0o750))
	assert.Same(t, errInspect, f.Symlink("/old", "/new"))
	gotInfo, err := f.Stat("/s")
	assert.Same(t, errStatus, err)
	assert.Equal(t, info, gotInfo)
	gotEntries, err := f.ReadDir("/d")
	assert.NoError(t, err)
	assert.Equal(t, entries, gotEntries)
	assert.Equal(t, []string{"mkdir /a -rwxr-x---", "symlink /old /new", "stat /s", "readdir /d"}, got)
}

func TestFakeOSWithoutHooks(t *testing.T) {
	f := &FakeOS{HostName: "node-1"}
	assert.NoError(t, f.MkdirAll("/a", 0o755))
	assert.NoError(t, f.Symlink("/a", "/b"))

	info, err := f.Stat("/a")
	assert.Nil(t, info)
	assert.EqualError(t, err, "unimplemented testing mock")
	_, err2 := f.Stat("/a")
	assert.NotSame(t, err, err2, "a new error per call")

	entries, err := f.ReadDir("/")
	assert.Nil(t, entries)
	assert.NoError(t, err)

	name, err := f.Hostname()
	assert.Equal(t, "node-1", name)
	assert.NoError(t, err)

	assert.NoError(t, f.Chmod("/a", 0o600))
	assert.NoError(t, f.Chtimes("/a", time.Now(), time.Now()))
	assert.NoError(t, f.Rename("/a", "/b"))
	r, w, err := f.Pipe()
	assert.Nil(t, r)
	assert.Nil(t, w)
	assert.NoError(t, err)
	file, err := f.Open("/a")
	assert.Nil(t, file)
	assert.NoError(t, err)
	file, err = f.OpenFile("/a", os.O_RDWR|os.O_CREATE, 0o644)
	assert.Nil(t, file)
	assert.NoError(t, err)

	assert.Nil(t, f.Files, "nothing above touches Files")
	assert.Nil(t, f.Removes)
}

func TestFakeOSRemove(t *testing.T) {
	f := &FakeOS{}
	_, _ = f.Create("/a")
	assert.NoError(t, f.Remove("/a"))
	assert.NoError(t, f.RemoveAll("/dir"))
	assert.NoError(t, f.Remove("/a"))
	assert.Equal(t, []string{"/a", "/dir", "/a"}, f.Removes, "both record the same way")
	assert.Contains(t, f.Files, "/a", "Files is not touched")
}

func TestFakeOSCreate(t *testing.T) {
	f := &FakeOS{}
	file, err := f.Create("/a")
	assert.Nil(t, file)
	assert.NoError(t, err)
	require.NotNil(t, f.Files)
	assert.Equal(t, map[string][]*os.FileInfo{"/a": {}}, f.Files)
	assert.NotNil(t, f.Files["/a"], "an empty, non-nil list")

	var info os.FileInfo = NewMockFileInfo(t)
	f.Files["/a"] = append(f.Files["/a"], &info)
	_, _ = f.Create("/a")
	assert.Empty(t, f.Files["/a"], "a second Create replaces the entry")
}

func TestFakeOSGlob(t *testing.T) {
	prefix := func(pattern, path string) bool { return strings.HasPrefix(path, pattern) }
	tests := []struct {
		name   string
		globFn func(string, string) bool
		want   []string
	}{
		{"no hook gives nil", nil, nil},
		{"hook selects keys", prefix, []string{"/var/a", "/var/b"}},
		{"no match gives nil", func(string, string) bool { return false }, nil},
	}
	for _, tt := range tests {
		tt := tt
		t.Run(tt.name, func(t *testing.T) {
			f := &FakeOS{GlobFn: tt.globFn}
			for _, p := range []string{"/var/a", "/var/b", "/etc/c"} {
				_, _ = f.Create(p)
			}
			got, err := f.Glob("/var/")
			assert.NoError(t, err)
			sort.Strings(got) // map order
			assert.Equal(t, tt.want, got)
		})
	}

	t.Run("pattern first, key second", func(t *testing.T) {
		var calls [][2]string
		f := &FakeOS{GlobFn: func(pattern, path string) bool {
			calls = append(calls, [2]string{pattern, path})
			return true
		}}
		_, _ = f.Create("/k")
		got, _ := f.Glob("*")
		assert.Equal(t, []string{"/k"}, got)
		assert.Equal(t, [][2]string{{"*", "/k"}}, calls)
	})
}

// TestFakeOSLocks checks which methods take FilesLock: Create and Glob
// do; Remove and RemoveAll do not (as upstream), so they work while a test
// holds it.
func TestFakeOSLocks(t *testing.T) {
	f := &FakeOS{GlobFn: func(string, string) bool { return true }}
	f.FilesLock.Lock()
	assert.NoError(t, f.Remove("/a"))
	assert.NoError(t, f.RemoveAll("/b"))
	f.FilesLock.Unlock()

	f.FilesLock.RLock()
	_, _ = f.Glob("*") // a read lock: works beside another reader
	f.FilesLock.RUnlock()
	assert.Equal(t, []string{"/a", "/b"}, f.Removes)
}

func TestFakeOSConcurrentUse(t *testing.T) {
	f := &FakeOS{GlobFn: func(string, string) bool { return true }}
	var wg sync.WaitGroup
	for i := 0; i < 8; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			_, _ = f.Create("/a")
			_, _ = f.Glob("*")
			_ = f.Remove("/a")
			_ = f.RemoveAll("/b")
		}()
	}
	waitfor.Group(t, &wg, "the concurrent FakeOS calls")
	assert.Len(t, f.Removes, 16)
}
