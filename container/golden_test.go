package container

import (
	"bufio"
	"bytes"
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"testing"
)

// goldenLine is one line of a golden file from testdata, computed by kubelet
// v1.27.16 (see testdata/README.md).
type goldenLine struct {
	// Where names the line as file:number, for failure messages.
	Where string
	// Data is the line's JSON.
	Data []byte
}

// readGolden returns the lines of testdata/name, failing the test if the
// file is missing or shorter than testdata/manifest.json says.
func readGolden(tb testing.TB, name string) []goldenLine {
	tb.Helper()
	data, err := os.ReadFile(filepath.Join("testdata", name))
	if err != nil {
		tb.Fatalf("reading golden file: %v", err)
	}
	var lines []goldenLine
	sc := bufio.NewScanner(bytes.NewReader(data))
	sc.Buffer(make([]byte, 0, 1<<20), 16<<20)
	for n := 1; sc.Scan(); n++ {
		lines = append(lines, goldenLine{
			Where: fmt.Sprintf("%s:%d", name, n),
			Data:  append([]byte(nil), sc.Bytes()...),
		})
	}
	if err := sc.Err(); err != nil {
		tb.Fatalf("reading %s: %v", name, err)
	}
	if want := goldenLineCount(tb, name); len(lines) != want {
		tb.Fatalf("%s has %d lines, manifest.json says %d", name, len(lines), want)
	}
	return lines
}

// goldenLineCount returns the number of lines manifest.json records for name.
func goldenLineCount(tb testing.TB, name string) int {
	tb.Helper()
	data, err := os.ReadFile(filepath.Join("testdata", "manifest.json"))
	if err != nil {
		tb.Fatalf("reading golden manifest: %v", err)
	}
	var manifest struct {
		Files map[string]int `json:"files"`
	}
	if err := json.Unmarshal(data, &manifest); err != nil {
		tb.Fatalf("decoding golden manifest: %v", err)
	}
	n, ok := manifest.Files[name]
	if !ok {
		tb.Fatalf("manifest.json does not list %s", name)
	}
	return n
}

// decode unmarshals the line into v, failing the test on error.
func (l goldenLine) decode(tb testing.TB, v interface{}) {
	tb.Helper()
	if err := json.Unmarshal(l.Data, v); err != nil {
		tb.Fatalf("%s: decoding: %v", l.Where, err)
	}
}
