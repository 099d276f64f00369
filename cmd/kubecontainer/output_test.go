package main

import (
	"bytes"
	"io"
	"strings"
	"testing"
)

func TestTableWrite(t *testing.T) {
	tab := table{header: []string{"NAME", "VALUE"}}
	tab.add("a", "1")
	tab.add("longer-name", "tab\there")
	tab.add("new\nline", "")
	var b bytes.Buffer
	if err := tab.write(&b); err != nil {
		t.Fatal(err)
	}
	want := "NAME          VALUE\n" +
		"a             1\n" +
		"longer-name   \"tab\\there\"\n" +
		"\"new\\nline\"   \n"
	if b.String() != want {
		t.Errorf("table:\n%s\nwant:\n%s", b.String(), want)
	}
}

func TestCellHelpers(t *testing.T) {
	tests := []struct{ got, want string }{
		{orNone(""), "<none>"},
		{orNone("ns"), "ns"},
		{orDash(""), "-"},
		{orDash("x"), "x"},
		{quoteList(nil), "-"},
		{quoteList([]string{}), "-"},
		{quoteList([]string{"sh", "-c", "echo <a> && exit"}), `["sh","-c","echo <a> && exit"]`},
		{quoteList([]string{"a\tb"}), `["a\tb"]`},
		{tableCell("plain text"), "plain text"},
		{tableCell("bell\a"), `"bell\a"`},
	}
	for i, tt := range tests {
		if tt.got != tt.want {
			t.Errorf("case %d: got %q, want %q", i, tt.got, tt.want)
		}
	}
}

func TestCheckOutput(t *testing.T) {
	for _, ok := range []string{"table", "json"} {
		if err := checkOutput(ok); err != nil {
			t.Errorf("checkOutput(%q): %v", ok, err)
		}
	}
	if err := checkOutput("wide"); err == nil || err.Error() != `invalid output format "wide" (want table or json)` {
		t.Errorf("checkOutput(wide) = %v", err)
	}
}

func TestJSONArray(t *testing.T) {
	type row struct {
		Name  string   `json:"name"`
		Items []string `json:"items"`
	}
	tests := []struct {
		rows []row
		want string
	}{
		{nil, "[]\n"},
		{[]row{{Name: "a<&>", Items: []string{}}}, "[\n  {\n    \"name\": \"a<&>\",\n    \"items\": []\n  }\n]\n"},
		{[]row{{Name: "a"}, {Name: "b", Items: []string{"x", "y"}}, {Name: "c\n"}},
			"[\n  {\n    \"name\": \"a\",\n    \"items\": null\n  },\n" +
				"  {\n    \"name\": \"b\",\n    \"items\": [\n      \"x\",\n      \"y\"\n    ]\n  },\n" +
				"  {\n    \"name\": \"c\\n\",\n    \"items\": null\n  }\n]\n"},
	}
	for _, tt := range tests {
		var got bytes.Buffer
		if err := writeRows(&got, outputJSON, tt.rows, rowFormat[row]{}); err != nil {
			t.Fatal(err)
		}
		if got.String() != tt.want {
			t.Errorf("writeRows(%v) wrote\n%s\nwant\n%s", tt.rows, got.String(), tt.want)
		}
	}
}

func TestPrintRowsStopsAtAnError(t *testing.T) {
	input := `{"apiVersion":"v1","kind":"Pod","metadata":{"name":"a"},"spec":{"containers":[{"name":"c","image":"i"}]}}
{"apiVersion":"v1","kind":"Pod","metadata":{"name":"b"},"spec":{"containers":"oops"}}
{"apiVersion":"v1","kind":"Pod","metadata":{"name":"c"},"spec":{"containers":[{"name":"c","image":"i"}]}}`
	var stdout, stderr bytes.Buffer
	code := run([]string{"hash", "-f", "-", "-o", "json"}, strings.NewReader(input), &stdout, &stderr)
	if code != exitBadInput {
		t.Fatalf("exit status %d, want %d", code, exitBadInput)
	}
	if !strings.HasPrefix(stdout.String(), "[\n  {\n    \"kind\": \"Pod\",") || strings.Contains(stdout.String(), "]") ||
		strings.Count(stdout.String(), `"kind"`) != 1 {
		t.Errorf("stdout holds more or less than the first row, in an open array:\n%s", stdout.String())
	}
	if !strings.Contains(stderr.String(), "document 2 (Pod b)") {
		t.Errorf("stderr does not name the bad document:\n%s", stderr.String())
	}
	stdout.Reset()
	want := "KIND   NAMESPACE   NAME   CONTAINER   TYPE      HASH      WITHOUT-RESOURCES\n" +
		"Pod    <none>      a      c           regular   906f7b7   906f7b7\n"
	if code := run([]string{"hash", "-f", "-"}, strings.NewReader(input), &stdout, io.Discard); code != exitBadInput || stdout.String() != want {
		t.Errorf("table output: exit status %d, stdout %q; want %d and the first row", code, stdout.String(), exitBadInput)
	}
}

// TestTableChunks: a table is written in chunks of tableChunk rows, each
// aligned on its own, with the header once.
func TestTableChunks(t *testing.T) {
	var out bytes.Buffer
	w := newRowWriter(&out, outputTable, rowFormat[string]{header: []string{"NAME", "X"}, cells: func(s string) []string { return []string{s, "x"} }})
	for i := 0; i < tableChunk; i++ {
		if err := w.add("a"); err != nil {
			t.Fatal(err)
		}
	}
	if err := w.add("a-longer-name"); err != nil {
		t.Fatal(err)
	}
	if err := w.flush(true); err != nil {
		t.Fatal(err)
	}
	lines := strings.Split(strings.TrimSuffix(out.String(), "\n"), "\n")
	if len(lines) != tableChunk+2 || lines[0] != "NAME   X" || lines[1] != "a      x" || lines[tableChunk+1] != "a-longer-name   x" {
		t.Errorf("%d lines: %q ... %q", len(lines), lines[:2], lines[len(lines)-1])
	}
}
