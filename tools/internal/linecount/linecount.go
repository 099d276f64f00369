// Package linecount counts the hand-written lines of a kubelet line as
// ARCHITECTURE.md, "Budget", defines them: every file under the line's
// folder except generated mocks (mock_*.go), testdata/ and go.sum, plus the
// files under oracle/ whose names name the line's minor (kubelet-1.29.mod,
// since129.go), their go.sum counterparts (*.sum) aside.
package linecount

import (
	"bytes"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"regexp"
	"sort"
	"strings"
)

// Budget is the most hand-written lines a line may cost.
const Budget = 2500

// Count is the hand-written lines of one line, by kind.
type Count struct {
	Line      string // the folder, kubelet-1.NN
	Code      int    // non-test Go files under the folder
	Tests     int    // _test.go files under the folder
	Other     int    // the folder's other files (go.mod, .mockery.yml, ...)
	Generator int    // the generator files that name the minor
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
		n, err := countLines(path)
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
		if d.IsDir() || strings.HasSuffix(d.Name(), ".sum") || !names.MatchString(d.Name()) {
			return false, nil
		}
		n, err := countLines(path)
		c.Generator += n
		return false, err
	})
	return c, err
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

// countLines counts the lines of a file, a last line without a newline
// included.
func countLines(path string) (int, error) {
	data, err := os.ReadFile(path)
	if err != nil {
		return 0, err
	}
	n := bytes.Count(data, []byte("\n"))
	if len(data) > 0 && data[len(data)-1] != '\n' {
		n++
	}
	return n, nil
}
