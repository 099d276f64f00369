package modproxy

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"time"

	"golang.org/x/mod/zip"
)

// file is one file of a module: its slash-separated path in the module and
// where it is on disk, or its content when that replaces the disk's.
type file struct {
	rel  string
	full string
	data []byte
}

// listFiles returns the files of the folder that git tracks or would track:
// `git ls-files --cached --others --exclude-standard`, without the tracked
// files that are deleted in the work tree. So the module is what a commit of
// the work tree would hold, without build output or ignored files; nested
// modules are left to zip.Create, which drops them.
func listFiles(dir string) ([]file, error) {
	ctx, cancel := context.WithTimeout(context.Background(), time.Minute)
	defer cancel()
	cmd := exec.CommandContext(ctx, "git", "ls-files", "-z", "--cached", "--others", "--exclude-standard")
	cmd.Dir = dir
	var stderr bytes.Buffer
	cmd.Stderr = &stderr
	out, err := cmd.Output()
	if err != nil {
		return nil, fmt.Errorf("listing the files git tracks: %w: %s", err, strings.TrimSpace(stderr.String()))
	}
	var files []file
	seen := map[string]bool{}
	for _, rel := range strings.Split(string(out), "\x00") {
		if rel == "" || seen[rel] {
			continue
		}
		seen[rel] = true
		full := filepath.Join(dir, filepath.FromSlash(rel))
		if _, err := os.Lstat(full); errors.Is(err, fs.ErrNotExist) {
			continue
		}
		files = append(files, file{rel: rel, full: full})
	}
	return files, nil
}

// zipFiles adapts the files to golang.org/x/mod/zip.
func zipFiles(files []file) []zip.File {
	out := make([]zip.File, len(files))
	for i, f := range files {
		out[i] = f
	}
	return out
}

// Path is the file's slash-separated path in the module.
func (f file) Path() string { return f.rel }

// Lstat describes the file on disk, with the size of the content that
// replaces it, if any.
func (f file) Lstat() (os.FileInfo, error) {
	info, err := os.Lstat(f.full)
	if err != nil || f.data == nil {
		return info, err
	}
	return sized{FileInfo: info, size: int64(len(f.data))}, nil
}

// Open opens the file on disk, or reads the content that replaces it.
func (f file) Open() (io.ReadCloser, error) {
	if f.data != nil {
		return io.NopCloser(bytes.NewReader(f.data)), nil
	}
	return os.Open(f.full)
}

// sized is a file's description with another size.
type sized struct {
	os.FileInfo
	size int64
}

// Size is the size of the content that replaces the file.
func (s sized) Size() int64 { return s.size }
