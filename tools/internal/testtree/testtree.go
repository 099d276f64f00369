// Package testtree writes folders of files for the tests of the tools.
package testtree

import (
	"os"
	"path/filepath"
	"testing"
)

// Write writes each file, named by its slash-separated path, below a new
// temporary folder, and returns the folder.
func Write(t testing.TB, files map[string]string) string {
	t.Helper()
	root := t.TempDir()
	for name, content := range files {
		path := filepath.Join(root, filepath.FromSlash(name))
		if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(path, []byte(content), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	return root
}
