package fakes

import (
	"errors"
	"os"
	"reflect"
	"sort"
	"strings"
	"sync"
	"testing"

	"github.com/kubecontainer/kubecontainer/internal/waitfor"
)

func TestHooks(t *testing.T) {
	boom := errors.New("boom")
	if err := CallHookOrNil[string, os.FileMode](nil, "p", 0o755); err != nil {
		t.Errorf("nil hook: %v", err)
	}
	var gotA string
	err := CallHookOrNil(func(a, b string) error { gotA = a + b; return boom }, "x", "y")
	if err != boom || gotA != "xy" {
		t.Errorf("hook: %v, %q", err, gotA)
	}
	info, err := Stat(nil, "p")
	_, err2 := Stat(nil, "p")
	if info != nil || err == nil || err.Error() != "unimplemented testing mock" || err == err2 {
		t.Errorf("Stat without hook = %v, %v (second %v)", info, err, err2)
	}
	if _, err := Stat(func(string) (os.FileInfo, error) { return nil, boom }, "p"); err != boom {
		t.Errorf("Stat with hook: %v", err)
	}
	entries, err := ReadDir(nil, "d")
	if entries != nil || err != nil {
		t.Errorf("ReadDir without hook = %v, %v", entries, err)
	}
	if _, err := ReadDir(func(string) ([]os.DirEntry, error) { return nil, boom }, "d"); err != boom {
		t.Errorf("ReadDir with hook: %v", err)
	}
}

func TestCreateAndGlob(t *testing.T) {
	var lock sync.RWMutex
	var files map[string][]*os.FileInfo
	if got := Glob(&lock, &files, strings.HasPrefix, "/"); got != nil {
		t.Errorf("Glob on no files = %v", got)
	}
	for _, p := range []string{"/a/1", "/a/2", "/b/1"} {
		CreateFile(&lock, &files, p)
	}
	if files["/a/1"] == nil || len(files["/a/1"]) != 0 {
		t.Errorf("Create stored %#v", files["/a/1"])
	}
	tests := []struct {
		pattern string
		match   func(string, string) bool
		want    []string
	}{
		{pattern: "/a/", match: func(pattern, path string) bool { return strings.HasPrefix(path, pattern) }, want: []string{"/a/1", "/a/2"}},
		{pattern: "/z/", match: func(pattern, path string) bool { return strings.HasPrefix(path, pattern) }, want: nil},
		{pattern: "/a/", match: nil, want: nil},
	}
	for _, tt := range tests {
		got := Glob(&lock, &files, tt.match, tt.pattern)
		sort.Strings(got)
		if !reflect.DeepEqual(got, tt.want) {
			t.Errorf("Glob(%q) = %#v, want %#v", tt.pattern, got, tt.want)
		}
	}
}

func TestAppendLockedConcurrently(t *testing.T) {
	var mu sync.Mutex
	var list []string
	var wg sync.WaitGroup
	for i := 0; i < 20; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			AppendLocked(&mu, &list, "p")
		}()
	}
	waitfor.Group(t, &wg, "the concurrent AppendLocked calls")
	if len(list) != 20 {
		t.Errorf("%d paths recorded, want 20", len(list))
	}
}
