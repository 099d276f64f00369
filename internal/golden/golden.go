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
	path := filepath.Join(dir, name)
	data, err := os.ReadFile(path)
	if err != nil {
		tb.Fatalf("reading golden file: %v", err)
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
		tb.Fatalf("reading %s: %v", path, err)
	}
	want := LineCount(tb, dir, name)
	if len(lines) == 0 || len(lines) != want {
		tb.Fatalf("%s has %d lines, %s/manifest.json says %d", path, len(lines), dir, want)
	}
	return lines
}

// LineCount returns the number of lines dir's manifest.json records for the
// file name, failing the test if it records none.
func LineCount(tb testing.TB, dir, name string) int {
	tb.Helper()
	data, err := os.ReadFile(filepath.Join(dir, "manifest.json"))
	if err != nil {
		tb.Fatalf("reading golden manifest: %v", err)
	}
	var manifest struct {
		Files map[string]int `json:"files"`
	}
	if err := json.Unmarshal(data, &manifest); err != nil {
		tb.Fatalf("decoding %s/manifest.json: %v", dir, err)
	}
	n, ok := manifest.Files[name]
	if !ok {
		tb.Fatalf("%s/manifest.json does not list %s", dir, name)
	}
	return n
}

// Decode unmarshals the line into v, failing the test on error.
func (l Line) Decode(tb testing.TB, v interface{}) {
	tb.Helper()
	if err := json.Unmarshal(l.Data, v); err != nil {
		tb.Fatalf("%s: decoding: %v", l.Where, err)
	}
}
