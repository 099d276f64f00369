package modproxy

import (
	"archive/zip"
	"os"
	"os/exec"
	"path/filepath"
	"slices"
	"testing"
	"time"

	"github.com/kubecontainer/kubecontainer/tools/internal/testtree"
)

func TestWrite(t *testing.T) {
	repo := testtree.Write(t, map[string]string{
		".gitignore":         "/bin/\n",
		"go.mod":             "module example.com/m\n\ngo 1.20\n",
		"m.go":               "package m\n",
		"untracked.go":       "package m\n",
		"bin/tool":           "binary",
		"deleted.go":         "package m\n",
		"nested/go.mod":      "module example.com/m/nested\n",
		"nested/n.go":        "package nested\n",
		"sub/testdata/x.txt": "x\n",
	})
	git := func(args ...string) {
		cmd := exec.Command("git", args...)
		cmd.Dir = repo
		if out, err := cmd.CombinedOutput(); err != nil {
			t.Fatalf("git %v: %v\n%s", args, err, out)
		}
	}
	git("init", "-q")
	git("add", ".gitignore", "go.mod", "m.go", "deleted.go", "nested", "sub")
	if err := os.Remove(filepath.Join(repo, "deleted.go")); err != nil {
		t.Fatal(err)
	}

	proxy := t.TempDir()
	goMod := []byte("module example.com/m\n\ngo 1.21\n")
	when := time.Date(2026, 1, 2, 3, 4, 5, 0, time.UTC)
	if err := Write(proxy, []Module{{Path: "example.com/m", Version: "v1.0.0", Dir: repo, GoMod: goMod}}, when); err != nil {
		t.Fatal(err)
	}
	at := filepath.Join(proxy, "example.com", "m", "@v")
	for name, want := range map[string]string{
		"list":        "v1.0.0\n",
		"v1.0.0.info": `{"Version":"v1.0.0","Time":"2026-01-02T03:04:05Z"}`,
		"v1.0.0.mod":  string(goMod),
	} {
		got, err := os.ReadFile(filepath.Join(at, name))
		if err != nil {
			t.Fatal(err)
		}
		if string(got) != want {
			t.Errorf("%s = %q, want %q", name, got, want)
		}
	}
	z, err := zip.OpenReader(filepath.Join(at, "v1.0.0.zip"))
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() {
		if err := z.Close(); err != nil {
			t.Error(err)
		}
	})
	var names []string
	for _, f := range z.File {
		names = append(names, f.Name)
		if f.Name == "example.com/m@v1.0.0/go.mod" && f.UncompressedSize64 != uint64(len(goMod)) {
			t.Errorf("the zip's go.mod has %d bytes, want the %d served", f.UncompressedSize64, len(goMod))
		}
	}
	slices.Sort(names)
	want := []string{
		"example.com/m@v1.0.0/.gitignore",
		"example.com/m@v1.0.0/go.mod",
		"example.com/m@v1.0.0/m.go",
		"example.com/m@v1.0.0/sub/testdata/x.txt",
		"example.com/m@v1.0.0/untracked.go",
	}
	if !slices.Equal(names, want) {
		t.Errorf("the zip holds %v, want %v (no ignored, deleted or nested-module file)", names, want)
	}
}

func TestWriteOutsideGit(t *testing.T) {
	dir := testtree.Write(t, map[string]string{"go.mod": "module example.com/m\n"})
	// A folder outside any repository: git fails, and Write says so.
	t.Setenv("GIT_CEILING_DIRECTORIES", filepath.Dir(dir))
	if err := Write(t.TempDir(), []Module{{Path: "example.com/m", Version: "v1.0.0", Dir: dir}}, time.Now()); err == nil {
		t.Error("Write of a folder git does not know succeeded")
	}
}
