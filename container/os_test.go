package container

import (
	"errors"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestRealOSMkdirAllAndStat(t *testing.T) {
	dir := filepath.Join(t.TempDir(), "a", "b")
	require.NoError(t, RealOS{}.MkdirAll(dir, 0o750))
	info, err := RealOS{}.Stat(dir)
	require.NoError(t, err)
	assert.True(t, info.IsDir())

	_, err = RealOS{}.Stat(filepath.Join(dir, "missing"))
	assert.True(t, errors.Is(err, fs.ErrNotExist))
}

func TestRealOSCreateAndOpen(t *testing.T) {
	path := filepath.Join(t.TempDir(), "f")
	f, err := RealOS{}.Create(path)
	require.NoError(t, err)
	_, err = f.WriteString("hello")
	require.NoError(t, err)
	require.NoError(t, f.Close())

	f, err = RealOS{}.Open(path)
	require.NoError(t, err)
	data, err := io.ReadAll(f)
	require.NoError(t, err)
	require.NoError(t, f.Close())
	assert.Equal(t, "hello", string(data))
}

func TestRealOSOpenFile(t *testing.T) {
	path := filepath.Join(t.TempDir(), "f")
	f, err := RealOS{}.OpenFile(path, os.O_CREATE|os.O_WRONLY|os.O_EXCL, 0o600)
	require.NoError(t, err)
	require.NoError(t, f.Close())
	_, err = RealOS{}.OpenFile(path, os.O_CREATE|os.O_WRONLY|os.O_EXCL, 0o600)
	assert.True(t, errors.Is(err, fs.ErrExist))
}

func TestRealOSChmod(t *testing.T) {
	path := filepath.Join(t.TempDir(), "f")
	require.NoError(t, os.WriteFile(path, nil, 0o600))
	require.NoError(t, RealOS{}.Chmod(path, 0o640))
	info, err := os.Stat(path)
	require.NoError(t, err)
	assert.Equal(t, os.FileMode(0o640), info.Mode().Perm())
}

func TestRealOSChtimes(t *testing.T) {
	path := filepath.Join(t.TempDir(), "f")
	require.NoError(t, os.WriteFile(path, nil, 0o600))
	mtime := time.Date(2020, 1, 2, 3, 4, 5, 0, time.UTC)
	require.NoError(t, RealOS{}.Chtimes(path, mtime, mtime))
	info, err := os.Stat(path)
	require.NoError(t, err)
	assert.True(t, info.ModTime().Equal(mtime))
}

func TestRealOSSymlink(t *testing.T) {
	dir := t.TempDir()
	target, link := filepath.Join(dir, "target"), filepath.Join(dir, "link")
	require.NoError(t, os.WriteFile(target, []byte("x"), 0o600))
	require.NoError(t, RealOS{}.Symlink(target, link))
	got, err := os.Readlink(link)
	require.NoError(t, err)
	assert.Equal(t, target, got)
}

func TestRealOSReadDirAndGlob(t *testing.T) {
	dir := t.TempDir()
	for _, name := range []string{"b.log", "a.log", "c.txt"} {
		require.NoError(t, os.WriteFile(filepath.Join(dir, name), nil, 0o600))
	}
	entries, err := RealOS{}.ReadDir(dir)
	require.NoError(t, err)
	var names []string
	for _, e := range entries {
		names = append(names, e.Name())
	}
	assert.Equal(t, []string{"a.log", "b.log", "c.txt"}, names)

	matches, err := RealOS{}.Glob(filepath.Join(dir, "*.log"))
	require.NoError(t, err)
	assert.Equal(t, []string{filepath.Join(dir, "a.log"), filepath.Join(dir, "b.log")}, matches)

	_, err = RealOS{}.Glob("[")
	assert.ErrorIs(t, err, filepath.ErrBadPattern)
}

func TestRealOSRenameAndRemove(t *testing.T) {
	dir := t.TempDir()
	oldPath, newPath := filepath.Join(dir, "old"), filepath.Join(dir, "new")
	require.NoError(t, os.WriteFile(oldPath, nil, 0o600))
	require.NoError(t, RealOS{}.Rename(oldPath, newPath))
	assert.NoFileExists(t, oldPath)
	assert.FileExists(t, newPath)

	require.NoError(t, RealOS{}.Remove(newPath))
	assert.NoFileExists(t, newPath)
	assert.True(t, errors.Is(RealOS{}.Remove(newPath), fs.ErrNotExist))
}

func TestRealOSRemoveAll(t *testing.T) {
	dir := filepath.Join(t.TempDir(), "tree")
	require.NoError(t, os.MkdirAll(filepath.Join(dir, "a", "b"), 0o750))
	require.NoError(t, os.WriteFile(filepath.Join(dir, "a", "f"), nil, 0o600))
	assert.Error(t, RealOS{}.Remove(dir), "Remove refuses a non-empty directory")
	require.NoError(t, RealOS{}.RemoveAll(dir))
	assert.NoDirExists(t, dir)
	assert.NoError(t, RealOS{}.RemoveAll(dir), "removing what is gone is no error")
}

func TestRealOSPipe(t *testing.T) {
	r, w, err := RealOS{}.Pipe()
	require.NoError(t, err)
	defer func() { assert.NoError(t, r.Close()) }()
	_, err = w.WriteString("ping")
	require.NoError(t, err)
	require.NoError(t, w.Close())
	data, err := io.ReadAll(r)
	require.NoError(t, err)
	assert.Equal(t, "ping", string(data))
}

func TestRealOSHostname(t *testing.T) {
	want, wantErr := os.Hostname()
	got, err := RealOS{}.Hostname()
	assert.Equal(t, want, got)
	assert.Equal(t, wantErr, err)
}
