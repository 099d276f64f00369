package main

import (
	"bytes"
	"flag"
	"io"
	"reflect"
	"strings"
	"testing"
)

func TestParseInterspersed(t *testing.T) {
	tests := []struct {
		args           []string
		wantPositional []string
		wantOutput     string
		wantErr        string
	}{
		{args: nil, wantOutput: "table"},
		{args: []string{"a", "b"}, wantPositional: []string{"a", "b"}, wantOutput: "table"},
		{args: []string{"-o", "json", "a", "b"}, wantPositional: []string{"a", "b"}, wantOutput: "json"},
		{args: []string{"a", "-o", "json", "b"}, wantPositional: []string{"a", "b"}, wantOutput: "json"},
		{args: []string{"a", "b", "--output=json"}, wantPositional: []string{"a", "b"}, wantOutput: "json"},
		{args: []string{"-", "b"}, wantPositional: []string{"-", "b"}, wantOutput: "table"},
		{args: []string{"a", "--", "-o", "b"}, wantPositional: []string{"a", "-o", "b"}, wantOutput: "table"},
		{args: []string{"--", "--"}, wantPositional: []string{"--"}, wantOutput: "table"},
		{args: []string{"a", "-x"}, wantErr: "flag provided but not defined: -x"},
		{args: []string{"-o"}, wantErr: "flag needs an argument: -o"},
	}
	for _, tt := range tests {
		fs := flag.NewFlagSet("test", flag.ContinueOnError)
		fs.SetOutput(io.Discard)
		output := fs.String("o", "table", "")
		fs.StringVar(output, "output", "table", "")
		got, err := parseInterspersed(fs, tt.args)
		if tt.wantErr != "" {
			if err == nil || err.Error() != tt.wantErr {
				t.Errorf("parseInterspersed(%q) error = %v, want %q", tt.args, err, tt.wantErr)
			}
			continue
		}
		if err != nil {
			t.Errorf("parseInterspersed(%q): %v", tt.args, err)
			continue
		}
		if !reflect.DeepEqual(got, tt.wantPositional) || *output != tt.wantOutput {
			t.Errorf("parseInterspersed(%q) = %q with -o %s, want %q with -o %s",
				tt.args, got, *output, tt.wantPositional, tt.wantOutput)
		}
	}
}

func TestCommandParse(t *testing.T) {
	tests := []struct {
		args       []string
		want       int
		wantDone   bool
		wantStdout string
		wantStderr string
	}{
		{args: []string{"x"}, want: 0},
		{args: []string{"-h"}, want: 0, wantDone: true, wantStdout: "Help text.\n\nFlags:\n  -f, --filename FILE\n      Manifest FILE to read (YAML or JSON), - for stdin\n      --kubelet VERSION\n"},
		{args: []string{"--help", "x"}, want: 0, wantDone: true, wantStdout: "Help text.\n"},
		{args: nil, want: 2, wantDone: true, wantStderr: "error: want 1 arguments, got 0\nSee 'kubecontainer test --help'.\n"},
		{args: []string{"x", "--kubelet"}, want: 2, wantDone: true,
			wantStderr: "error: flag needs an argument: -kubelet\nSee 'kubecontainer test --help'.\n"},
	}
	for _, tt := range tests {
		var stdout, stderr bytes.Buffer
		c := newCommand("test", "Help text.\n", streams{out: &stdout, err: &stderr})
		c.fileFlag()
		c.manifestFlags()
		_, code, done := c.parse(tt.args, 1)
		if code != tt.want || done != tt.wantDone {
			t.Errorf("parse(%q) = %d, %v, want %d, %v", tt.args, code, done, tt.want, tt.wantDone)
		}
		if !strings.HasPrefix(stdout.String(), tt.wantStdout) || stderr.String() != tt.wantStderr {
			t.Errorf("parse(%q) wrote stdout %q, stderr %q; want stdout starting %q, stderr %q",
				tt.args, stdout.String(), stderr.String(), tt.wantStdout, tt.wantStderr)
		}
	}
}

func TestCommandParseNoArguments(t *testing.T) {
	var stderr bytes.Buffer
	c := newCommand("hash", "", streams{out: io.Discard, err: &stderr})
	if _, code, done := c.parse([]string{"extra"}, 0); code != 2 || !done {
		t.Errorf("parse = %d, %v, want 2, true", code, done)
	}
	if want := "error: unexpected argument \"extra\"\nSee 'kubecontainer hash --help'.\n"; stderr.String() != want {
		t.Errorf("stderr = %q, want %q", stderr.String(), want)
	}
}

func TestLoad(t *testing.T) {
	var stderr bytes.Buffer
	s := streams{in: strings.NewReader("apiVersion: v1\nkind: Service\nmetadata: {name: s}\n---\n" + podYAML), out: io.Discard, err: &stderr}
	entries, err := s.load("-", testLoadOptions())
	if err != nil {
		t.Fatal(err)
	}
	if len(entries) != 1 || entries[0].Object.Source != "document 2" {
		t.Errorf("entries = %v", foundEntries(entries))
	}
	if want := "warning: <stdin>: document 1 (Service s): skipped: kind Service has no pod template\n"; stderr.String() != want {
		t.Errorf("stderr = %q, want %q", stderr.String(), want)
	}
	s.in = strings.NewReader("")
	if _, err := s.load("-", testLoadOptions()); err == nil || !strings.HasPrefix(err.Error(), "<stdin>: no containers found") {
		t.Errorf("load of empty input: error %v", err)
	}
}

func TestArgumentChecks(t *testing.T) {
	tests := []struct {
		err  error
		want string
	}{
		{firstError(), ""},
		{firstError(nil, nil), ""},
		{firstError(nil, required("-f FILE", ""), oneStdin("A", "-", "B", "-")), "-f FILE is required"},
		{required("-f FILE", "x"), ""},
		{oneStdin("OLD", "-", "NEW", "-"), "only one of OLD and NEW can be - (stdin)"},
		{oneStdin("OLD", "-", "NEW", "new.yaml"), ""},
	}
	for i, tt := range tests {
		got := ""
		if tt.err != nil {
			got = tt.err.Error()
		}
		if got != tt.want {
			t.Errorf("case %d: error %q, want %q", i, got, tt.want)
		}
	}
}
