// Package golden reads the golden data the project's tests compare with:
// JSONL files computed by a real kubelet, one input and its outputs per
// line, with a manifest.json beside them that records each file's line
// count. It is used by tests only.
package golden

import (
	"bufio"
	"bytes"
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"testing"
)

// Line is one line of a golden file.
type Line struct {
	// Where names the line as dir/file:number, for failure messages.
	Where string
	// Data is the line's JSON.
	Data []byte
}

// Read returns the lines of the file name in dir, failing the test if the
// file is missing, empty, or has another number of lines than dir's
// manifest.json records for it.
func Read(tb testing.TB, dir, name string) []Line {
	tb.Helper()
	lines, err := read(dir, name)
	if err != nil {
		tb.Fatal(err)
	}
	return lines
}

// ReadSets returns the lines of the file name in each of the folders dirs,
// in order. A folder whose file is missing, empty or of another length
// than its manifest.json records fails the test, and the lines of the other
// folders are still returned, so that they are checked in the same run.
func ReadSets(tb testing.TB, dirs []string, name string) []Line {
	tb.Helper()
	var all []Line
	for _, dir := range dirs {
		lines, err := read(dir, name)
		if err != nil {
			tb.Error(err)
			continue
		}
		all = append(all, lines...)
	}
	return all
}

// LineSets returns the golden sets of the package whose tests run: each of
// testdata, testdata/shared (the public set of shared/golden-1.NN) and the
// folders below testdata/shared (sets dropped there later, hidden ones
// included) that holds a manifest.json.
func LineSets() []string {
	var sets []string
	for _, pattern := range []string{"testdata", "testdata/shared", "testdata/shared/*"} {
		dirs, _ := filepath.Glob(pattern) // the patterns are valid
		for _, dir := range dirs {
			if _, err := os.Stat(filepath.Join(dir, "manifest.json")); err == nil {
				sets = append(sets, dir)
			}
		}
	}
	return sets
}

// Lines returns the lines of the file name of every one of LineSets whose
// manifest lists it, in that order. A listed file that is missing or of
// another length, or a file that no set lists, fails the test; the lines
// of the other sets are still returned.
func Lines(tb testing.TB, name string) []Line {
	tb.Helper()
	var all []Line
	for _, dir := range LineSets() {
		if _, err := lineCount(dir, name); err != nil {
			continue // not in this set
		}
		lines, err := read(dir, name)
		if err != nil {
			tb.Error(err)
		}
		all = append(all, lines...)
	}
	if len(all) == 0 {
		tb.Errorf("no golden set of %v has %s", LineSets(), name)
	}
	return all
}

// read returns the lines of dir/name, checked against dir's manifest.
func read(dir, name string) ([]Line, error) {
	path := filepath.Join(dir, name)
	data, err := os.ReadFile(path)
	if err != nil {
		return nil, fmt.Errorf("reading golden file: %w", err)
	}
	var lines []Line
	sc := bufio.NewScanner(bytes.NewReader(data))
	sc.Buffer(make([]byte, 0, 1<<20), 16<<20)
	for n := 1; sc.Scan(); n++ {
		lines = append(lines, Line{
			Where: fmt.Sprintf("%s:%d", path, n),
			Data:  append([]byte(nil), sc.Bytes()...),
		})
	}
	if err := sc.Err(); err != nil {
		return nil, fmt.Errorf("reading %s: %w", path, err)
	}
	want, err := lineCount(dir, name)
	if err != nil {
		return nil, err
	}
	if len(lines) == 0 || len(lines) != want {
		return nil, fmt.Errorf("%s has %d lines, %s/manifest.json says %d", path, len(lines), dir, want)
	}
	return lines, nil
}

// lineCount returns the number of lines dir's manifest.json records for the
// file name.
func lineCount(dir, name string) (int, error) {
	data, err := os.ReadFile(filepath.Join(dir, "manifest.json"))
	if err != nil {
		return 0, fmt.Errorf("reading golden manifest: %w", err)
	}
	var manifest struct {
		Files map[string]int `json:"files"`
	}
	if err := json.Unmarshal(data, &manifest); err != nil {
		return 0, fmt.Errorf("decoding %s/manifest.json: %w", dir, err)
	}
	n, ok := manifest.Files[name]
	if !ok {
		return 0, fmt.Errorf("%s/manifest.json does not list %s", dir, name)
	}
	return n, nil
}

// Decode unmarshals the line into v, failing the test on error.
func (l Line) Decode(tb testing.TB, v interface{}) {
	tb.Helper()
	if err := json.Unmarshal(l.Data, v); err != nil {
		tb.Fatalf("%s: decoding: %v", l.Where, err)
	}
}
