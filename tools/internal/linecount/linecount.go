// Package linecount counts the hand-written lines of a kubelet line as
// ARCHITECTURE.md, "Budget", defines them: every file under the line's
// folder except generated mocks (mock_*.go), testdata/ and go.sum, plus the
// generator's files for the line's minor: the module files under oracle/
// that pin k8s.io/kubernetes at that minor (kubelet-1.29.mod, and the go.mod
// of the newest minor) and the other files whose names name it (since129.go),
// their go.sum counterparts (*.sum) aside. In module files the requirements
// that `go mod tidy` writes and marks "// indirect" are generated, as go.sum
// is: they are counted apart (Tidy), not in the total.
package linecount

import (
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"regexp"
	"sort"
	"strings"

	"golang.org/x/mod/modfile"
	"golang.org/x/mod/semver"
)

// Budget is the most hand-written lines a line may cost.
const Budget = 2500

// Count is the hand-written lines of one line, by kind.
type Count struct {
	Line      string // the folder, kubelet-1.NN
	Code      int    // non-test Go files under the folder
	Tests     int    // _test.go files under the folder
	Other     int    // the folder's other files (go.mod, .mockery.yml, ...)
	Generator int    // the generator files of the minor
	Tidy      int    // indirect requirements go mod tidy wrote in module files (not in Total)
}

// Total is the line's cost.
func (c Count) Total() int { return c.Code + c.Tests + c.Other + c.Generator }

// Lines returns the kubelet-1.NN folders of the repository at root that
// hold a go.mod, sorted.
func Lines(root string) ([]string, error) {
	mods, err := filepath.Glob(filepath.Join(root, "kubelet-1.*", "go.mod"))
	if err != nil {
		return nil, fmt.Errorf("listing the lines: %w", err)
	}
	lines := make([]string, 0, len(mods))
	for _, mod := range mods {
		lines = append(lines, filepath.Base(filepath.Dir(mod)))
	}
	sort.Strings(lines)
	return lines, nil
}

// CountLine counts the line in folder line (kubelet-1.NN) of the repository
// at root.
func CountLine(root, line string) (Count, error) {
	minor, ok := strings.CutPrefix(line, "kubelet-1.")
	if !ok || minor == "" {
		return Count{}, fmt.Errorf("%q is not a kubelet-1.NN folder", line)
	}
	c := Count{Line: line}
	err := walk(filepath.Join(root, line), func(path string, d fs.DirEntry) (bool, error) {
		name := d.Name()
		if d.IsDir() {
			return name == "testdata", nil
		}
		if name == "go.sum" || (strings.HasPrefix(name, "mock_") && strings.HasSuffix(name, ".go")) {
			return false, nil
		}
		n, tidy, err := countFile(path)
		c.Tidy += tidy
		switch {
		case strings.HasSuffix(name, "_test.go"):
			c.Tests += n
		case strings.HasSuffix(name, ".go"):
			c.Code += n
		default:
			c.Other += n
		}
		return false, err
	})
	if err != nil {
		return Count{}, err
	}
	names := regexp.MustCompile(`(^|[^0-9])1\.?` + regexp.QuoteMeta(minor) + `($|[^0-9])`)
	err = walk(filepath.Join(root, "oracle"), func(path string, d fs.DirEntry) (bool, error) {
		name := d.Name()
		if d.IsDir() || strings.HasSuffix(name, ".sum") {
			return false, nil
		}
		if isModuleFile(name) {
			pinned, err := pinnedMinor(path)
			if err != nil || pinned != minor {
				return false, err
			}
		} else if !names.MatchString(name) {
			return false, nil
		}
		n, tidy, err := countFile(path)
		c.Generator += n
		c.Tidy += tidy
		return false, err
	})
	return c, err
}

// isModuleFile reports whether a file of that name is a Go module file.
func isModuleFile(name string) bool {
	return name == "go.mod" || strings.HasSuffix(name, ".mod")
}

// pinnedMinor returns the minor of k8s.io/kubernetes ("29" for v1.29.15)
// that the module file at path requires, or "" when it requires none.
func pinnedMinor(path string) (string, error) {
	data, err := os.ReadFile(path)
	if err != nil {
		return "", err
	}
	f, err := modfile.ParseLax(path, data, nil)
	if err != nil {
		return "", fmt.Errorf("reading %s: %w", path, err)
	}
	for _, r := range f.Require {
		if r.Mod.Path == "k8s.io/kubernetes" {
			parts := strings.SplitN(semver.MajorMinor(r.Mod.Version), ".", 2)
			if len(parts) == 2 {
				return parts[1], nil
			}
		}
	}
	return "", nil
}

// walk calls visit for every entry below dir (none if dir does not exist);
// visit says whether to skip a folder.
func walk(dir string, visit func(path string, d fs.DirEntry) (bool, error)) error {
	if _, err := os.Stat(dir); os.IsNotExist(err) {
		return nil
	}
	err := filepath.WalkDir(dir, func(path string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		if path == dir {
			return nil
		}
		skip, err := visit(path, d)
		if err != nil {
			return err
		}
		if skip {
			return filepath.SkipDir
		}
		return nil
	})
	if err != nil {
		return fmt.Errorf("counting %s: %w", dir, err)
	}
	return nil
}

// countFile counts the lines of a file, a last line without a newline
// included; of a module file, the lines marked "// indirect" are returned
// apart, as tidy.
func countFile(path string) (handWritten, tidy int, err error) {
	data, err := os.ReadFile(path)
	if err != nil {
		return 0, 0, err
	}
	module := isModuleFile(filepath.Base(path))
	for _, line := range strings.SplitAfter(string(data), "\n") {
		switch {
		case line == "":
		case module && strings.HasSuffix(strings.TrimSpace(line), "// indirect"):
			tidy++
		default:
			handWritten++
		}
	}
	return handWritten, tidy, nil
}
