package main

import (
	"bytes"
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

func TestWriteJSON(t *testing.T) {
	var b bytes.Buffer
	if err := writeJSON(&b, map[string]string{"k": "<&>"}); err != nil {
		t.Fatal(err)
	}
	if want := "{\n  \"k\": \"<&>\"\n}\n"; b.String() != want {
		t.Errorf("writeJSON = %q, want %q", b.String(), want)
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
