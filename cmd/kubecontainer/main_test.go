package main

import (
	"bytes"
	"fmt"
	"io"
	"os"
	"strings"
	"testing"
)

func TestRun(t *testing.T) {
	tests := []struct {
		name       string
		args       []string
		want       int
		wantStdout string
		wantStderr string
	}{
		{"no arguments", nil, 2, "", "kubecontainer computes"},
		{"help", []string{"help"}, 0, "kubecontainer computes", ""},
		{"-h", []string{"-h"}, 0, "kubecontainer computes", ""},
		{"help of a command", []string{"help", "expand"}, 0, "Print each container's command", ""},
		{"version", []string{"--version"}, 0, "kubecontainer devel\nhash algorithm: kubelet v1.27", ""},
		{"version command", []string{"version"}, 0, "kubecontainer devel\nhash algorithm: kubelet v1.27", ""},
		{"unknown command", []string{"hsah"}, 2, "", "error: unknown command \"hsah\" for \"kubecontainer\""},
		{"unknown flag", []string{"hash", "--nope"}, 2, "", "error: unknown flag: --nope\nSee 'kubecontainer hash --help'.\n"},
		{"completion", []string{"completion", "bash"}, 0, "# bash completion V2 for kubecontainer", ""},
	}
	for _, tt := range tests {
		var stdout, stderr bytes.Buffer
		if got := run(tt.args, strings.NewReader(""), &stdout, &stderr); got != tt.want {
			t.Errorf("%s: exit status %d, want %d", tt.name, got, tt.want)
		}
		if !strings.HasPrefix(stdout.String(), tt.wantStdout) || !strings.HasPrefix(stderr.String(), tt.wantStderr) {
			t.Errorf("%s: stdout %q, stderr %q; want them to start with %q, %q",
				tt.name, stdout.String(), stderr.String(), tt.wantStdout, tt.wantStderr)
		}
		if tt.wantStdout == "" && stdout.Len() != 0 {
			t.Errorf("%s: unexpected stdout %q", tt.name, stdout.String())
		}
	}
}

// Every subcommand has help with an example, and lists its flags.
func TestSubcommandHelp(t *testing.T) {
	for _, name := range []string{"hash", "diff", "check", "expand", "version"} {
		var stdout, stderr bytes.Buffer
		if code := run([]string{name, "--help"}, nil, &stdout, &stderr); code != 0 || stderr.Len() != 0 {
			t.Errorf("%s --help: exit status %d, stderr %q", name, code, stderr.String())
		}
		help := stdout.String()
		for _, want := range []string{"Usage:\n  kubecontainer " + name, "Examples:\n", "Flags:\n", "  -h, --help"} {
			if !strings.Contains(help, want) {
				t.Errorf("%s --help lacks %q", name, want)
			}
		}
	}
}

// TestCompletion: the shells' completion scripts, and completions of the
// flags' values.
func TestCompletion(t *testing.T) {
	for _, shell := range []string{"bash", "zsh", "fish"} {
		var stdout, stderr bytes.Buffer
		if code := run([]string{"completion", shell}, nil, &stdout, &stderr); code != 0 || !strings.Contains(stdout.String(), "kubecontainer") {
			t.Errorf("completion %s: exit status %d, %d bytes, stderr %q", shell, code, stdout.Len(), stderr.String())
		}
	}
	tests := []struct {
		args []string
		want string
	}{
		{[]string{"__complete", "hash", "--kubelet", ""}, "1.27\n1.28\n"},
		{[]string{"__complete", "diff", "-o", ""}, "table\njson\n"},
		{[]string{"__complete", "h"}, "hash\t"},
	}
	for _, tt := range tests {
		var stdout bytes.Buffer
		run(tt.args, nil, &stdout, io.Discard)
		if !strings.HasPrefix(stdout.String(), tt.want) {
			t.Errorf("%q: %q, want it to start with %q", tt.args, stdout.String(), tt.want)
		}
	}
}

func Example() {
	run([]string{"hash", "--no-defaults", "-f", "../../examples/deployment.yaml"}, nil, os.Stdout, os.Stderr)
	// Output:
	// KIND         NAMESPACE   NAME   CONTAINER   TYPE      HASH       WITHOUT-RESOURCES
	// Deployment   shop        web    app         regular   769c7d96   1cca806d
}

func Example_diff() {
	code := run([]string{"diff", "--kubelet", "1.31", "--no-defaults", "../../examples/pod.yaml", "../../examples/pod-after.yaml"}, nil, os.Stdout, os.Stderr)
	fmt.Println("exit status", code)
	// Output:
	// KIND   NAMESPACE   NAME   CONTAINER     TYPE      STATUS      OLD-HASH   NEW-HASH   FIELDS
	// Pod    shop        web    migrate       init      unchanged   a83168cd   a83168cd   -
	// Pod    shop        web    app           regular   restart     f16c2629   96507243   env[1].value,image
	// Pod    shop        web    log-shipper   regular   unchanged   5794a4df   5794a4df   resources.limits.memory,resources.requests.memory
	// exit status 1
}
