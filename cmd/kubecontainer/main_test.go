package main

import (
	"bytes"
	"fmt"
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
		{"version", []string{"--version"}, 0, "kubecontainer devel\nhash algorithm: kubelet v1.27\n", ""},
		{"unknown command", []string{"hsah"}, 2, "", "error: unknown command \"hsah\"\n\nkubecontainer computes"},
		{"help of an unknown command", []string{"help", "hsah"}, 2, "", "error: unknown command \"hsah\""},
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
	for _, c := range subcommands() {
		var stdout, stderr bytes.Buffer
		if code := run([]string{c.Name, "--help"}, nil, &stdout, &stderr); code != 0 || stderr.Len() != 0 {
			t.Errorf("%s --help: exit status %d, stderr %q", c.Name, code, stderr.String())
		}
		help := stdout.String()
		for _, want := range []string{"Usage:\n  kubecontainer " + c.Name, "Examples:\n", "Flags:\n", "  -h, --help\n"} {
			if !strings.Contains(help, want) {
				t.Errorf("%s --help lacks %q", c.Name, want)
			}
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
