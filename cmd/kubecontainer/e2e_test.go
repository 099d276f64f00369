package main

import (
	"bytes"
	"errors"
	"flag"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
)

var update = flag.Bool("update", false, "rewrite testdata/e2e/*.golden with the binary's output")

// binary is the kubecontainer binary TestMain builds for the end-to-end
// tests.
var binary string

func TestMain(m *testing.M) {
	if os.Getenv(referenceEnv) != "" {
		// The benchmark's reference program.
		if err := referenceMain(os.Args[1:], os.Stdout); err != nil {
			fmt.Fprintln(os.Stderr, err)
			os.Exit(1)
		}
		os.Exit(0)
	}
	flag.Parse()
	dir, err := os.MkdirTemp("", "kubecontainer-e2e")
	if err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(1)
	}
	binary = filepath.Join(dir, "kubecontainer")
	// -buildvcs=false keeps the version "devel" whatever the checkout.
	build := exec.Command("go", "build", "-buildvcs=false", "-o", binary, ".")
	build.Stdout, build.Stderr = os.Stderr, os.Stderr
	if err := build.Run(); err != nil {
		fmt.Fprintln(os.Stderr, "building kubecontainer:", err)
		os.Exit(1)
	}
	code := m.Run()
	if err := os.RemoveAll(dir); err != nil {
		fmt.Fprintln(os.Stderr, err)
	}
	os.Exit(code)
}

// An e2eCase runs the binary in the module root with args, and stdin read
// from the file stdin when it is not empty.
type e2eCase struct {
	name  string
	args  []string
	stdin string
}

func e2eCases() []e2eCase {
	const td = "cmd/kubecontainer/testdata/"
	return []e2eCase{
		// hash
		{name: "hash-pod", args: []string{"hash", "-f", "examples/pod.yaml"}},
		{name: "hash-pod-json", args: []string{"hash", "-f", "examples/pod.yaml", "-o", "json"}},
		{name: "hash-podlist-json", args: []string{"hash", "-f", td + "podlist.json", "-o", "json"}},
		// Issue 15: keys in another order and spelled with escapes.
		{name: "hash-podlist-sorted", args: []string{"hash", "-f", td + "podlist-sorted.json"}},
		{name: "hash-podlist-sorted-stdin", args: []string{"hash", "-f", "-", "-o", "json"}, stdin: td + "podlist-sorted.json"},
		{name: "hash-escaped-kind", args: []string{"hash", "-f", td + "escaped-kind.json"}},
		{name: "hash-pod-kubelet-1.31", args: []string{"hash", "--kubelet", "1.31", "-f", "examples/pod.yaml"}},
		{name: "hash-pod-kubelet-1.31-json", args: []string{"hash", "--kubelet=v1.33.2", "-f", "examples/pod.yaml", "--output=json"}},
		{name: "hash-pod-live", args: []string{"hash", "-f", "examples/pod-live.yaml"}},
		{name: "hash-deployment", args: []string{"hash", "--filename", "examples/deployment.yaml"}},
		{name: "hash-multi", args: []string{"hash", "-f", "examples/multi.yaml"}},
		{name: "hash-list-json", args: []string{"hash", "-f", "examples/list.json"}},
		{name: "hash-cronjob", args: []string{"hash", "-f", "examples/cronjob.yaml"}},
		{name: "hash-stdin", args: []string{"hash", "-f", "-"}, stdin: "examples/deployment.yaml"},
		{name: "hash-unknown-field", args: []string{"hash", "-f", td + "unknown-field.yaml"}},
		{name: "hash-no-defaults", args: []string{"hash", "--no-defaults", "-f", "examples/pod.yaml"}},
		{name: "hash-pod-live-no-defaults", args: []string{"hash", "--no-defaults", "-f", "examples/pod-live.yaml"}},
		{name: "hash-newer-fields", args: []string{"hash", "-f", td + "newer-fields.yaml"}},
		{name: "hash-newer-fields-kubelet-1.28", args: []string{"hash", "--kubelet", "1.28", "-f", td + "newer-fields.yaml"}},
		{name: "hash-newer-fields-kubelet-1.31", args: []string{"hash", "--kubelet", "1.31", "-f", td + "newer-fields.yaml"}},
		{name: "hash-newer-fields-kubelet-1.29-no-defaults", args: []string{"hash", "--kubelet", "1.29", "--no-defaults", "-f", td + "newer-fields.yaml"}},
		{name: "hash-newer-fields-kubelet-1.37", args: []string{"hash", "--kubelet", "1.37", "-f", td + "newer-fields.yaml", "-o", "json"}},
		{name: "hash-kubelet-1.30", args: []string{"hash", "--kubelet", "1.30.4", "-f", "examples/pod.yaml"}},
		// diff
		{name: "diff-pod", args: []string{"diff", "examples/pod.yaml", "examples/pod-after.yaml"}},
		{name: "diff-pod-json", args: []string{"diff", "-o", "json", "examples/pod.yaml", "examples/pod-after.yaml"}},
		{name: "diff-pod-in-place-resize", args: []string{"diff", "examples/pod.yaml", "examples/pod-after.yaml", "--in-place-resize"}},
		{name: "diff-pod-kubelet-1.31", args: []string{"diff", "--kubelet", "1.31", "examples/pod.yaml", "examples/pod-after.yaml"}},
		{name: "diff-defaults", args: []string{"diff", "examples/pod.yaml", "examples/pod-live.yaml"}},
		{name: "diff-resized", args: []string{"diff", "--in-place-resize", "examples/pod-live.yaml", td + "pod-live-resized.yaml"}},
		{name: "diff-same", args: []string{"diff", "examples/pod.yaml", "examples/pod.yaml"}},
		{name: "diff-added-removed", args: []string{"diff", "examples/multi.yaml", "examples/deployment.yaml"}},
		{name: "diff-stdin", args: []string{"diff", "-", "examples/pod-after.yaml"}, stdin: "examples/pod.yaml"},
		{name: "diff-duplicate", args: []string{"diff", td + "duplicate.yaml", "examples/pod.yaml"}},
		{name: "diff-newer-fields-kubelet-1.29", args: []string{"diff", "--kubelet", "1.29", "examples/pod.yaml", td + "newer-fields.yaml"}},
		{name: "diff-one-arg", args: []string{"diff", "examples/pod.yaml"}},
		{name: "diff-both-stdin", args: []string{"diff", "-", "-"}},
		// check
		{name: "check-live", args: []string{"check", "-f", "examples/pod-live.yaml", "--running", "examples/inspect.json"}},
		{name: "check-live-json", args: []string{"check", "-f", "examples/pod-live.yaml", "--running", "examples/inspect.json", "-o", "json"}},
		{name: "check-pod", args: []string{"check", "-f", "examples/pod.yaml", "--running", "examples/inspect.json"}},
		{name: "check-resized", args: []string{"check", "-f", td + "pod-live-resized.yaml", "--running", "examples/inspect.json"}},
		{name: "check-kubelet-1.31", args: []string{"check", "--kubelet", "1.31", "-f", "examples/pod-live.yaml", "--running", "examples/inspect.json"}},
		{name: "check-stdin", args: []string{"check", "-f", "-", "--running", "examples/inspect.json"}, stdin: "examples/pod-live.yaml"},
		{name: "check-no-match", args: []string{"check", "-f", "examples/cronjob.yaml", "--running", "examples/inspect.json"}},
		{name: "check-no-hash", args: []string{"check", "-f", "examples/pod-live.yaml", "--running", td + "inspect-no-hash.json"}},
		{name: "check-bad-hash", args: []string{"check", "-f", "examples/pod-live.yaml", "--running", td + "inspect-bad-hash.json"}},
		{name: "check-not-kubelet", args: []string{"check", "-f", "examples/pod-live.yaml", "--running", td + "inspect-not-kubelet.json"}},
		{name: "check-manifest-as-inspect", args: []string{"check", "-f", "examples/pod-live.yaml", "--running", "examples/pod.yaml"}},
		{name: "check-newer-fields-kubelet-1.30", args: []string{"check", "--kubelet", "v1.30", "-f", td + "newer-fields.yaml", "--running", "examples/inspect.json"}},
		{name: "check-no-running", args: []string{"check", "-f", "examples/pod-live.yaml"}},
		// expand
		{name: "expand-pod", args: []string{"expand", "-f", "examples/pod.yaml"}},
		{name: "expand-pod-json", args: []string{"expand", "-f", "examples/pod.yaml", "-o", "json"}},
		{name: "expand-cronjob", args: []string{"expand", "-f", "examples/cronjob.yaml"}},
		// Issue 15: each kubelet's expansion rule.
		{name: "expand-dollar-unicode", args: []string{"expand", "-f", td + "dollar-unicode.yaml", "-o", "json"}},
		{name: "expand-dollar-unicode-kubelet-1.37", args: []string{"expand", "--kubelet", "1.37", "-f", td + "dollar-unicode.yaml", "-o", "json"}},
		{name: "expand-dollar-unicode-kubelet-1.36", args: []string{"expand", "--kubelet", "1.36", "-f", td + "dollar-unicode.yaml"}},
		{name: "bad-expand-dollar-unicode-kubelet-1.33", args: []string{"expand", "--kubelet", "1.33", "-f", td + "dollar-unicode.yaml"}},
		// bad input
		{name: "bad-malformed", args: []string{"hash", "-f", td + "malformed.yaml"}},
		{name: "bad-service", args: []string{"hash", "-f", td + "service.yaml"}},
		{name: "bad-unknown-kind", args: []string{"hash", "-f", td + "unknown-kind.yaml"}},
		{name: "bad-no-containers", args: []string{"hash", "-f", td + "no-containers.yaml"}},
		{name: "bad-old-apiversion", args: []string{"expand", "-f", td + "old-apiversion.yaml"}},
		{name: "bad-no-kind", args: []string{"hash", "-f", td + "no-kind.yaml"}},
		{name: "bad-scalar", args: []string{"hash", "-f", td + "scalar.yaml"}},
		{name: "bad-wrong-type", args: []string{"hash", "-f", td + "wrong-type.yaml"}},
		{name: "bad-quantity", args: []string{"hash", "-f", td + "bad-quantity.yaml"}},
		{name: "bad-truncated-json", args: []string{"hash", "-f", td + "truncated.json"}},
		{name: "bad-missing-file", args: []string{"hash", "-f", "examples/no-such-file.yaml"}},
		{name: "bad-empty-stdin", args: []string{"hash", "-f", "-"}},
		{name: "bad-no-filename", args: []string{"hash"}},
		{name: "bad-output", args: []string{"hash", "-f", "examples/pod.yaml", "-o", "yaml"}},
		{name: "bad-kubelet", args: []string{"hash", "-f", "examples/pod.yaml", "--kubelet", "1.15"}},
		{name: "bad-kubelet-1.26", args: []string{"hash", "-f", "examples/pod.yaml", "--kubelet", "1.26"}},
		{name: "bad-kubelet-1.99", args: []string{"diff", "--kubelet", "1.99", "examples/pod.yaml", "examples/pod.yaml"}},
		{name: "bad-kubelet-plus", args: []string{"check", "--kubelet", "1.+27", "-f", "examples/pod-live.yaml", "--running", "examples/inspect.json"}},
		{name: "bad-kubelet-zeros", args: []string{"hash", "-f", "examples/pod.yaml", "--kubelet", "1.0027"}},
		{name: "bad-huge-exponent", args: []string{"hash", "-f", td + "huge-exponent.yaml"}},
		{name: "bad-input-too-large", args: []string{"hash", "-f", "/dev/zero", "--max-input-size", "1Mi"}},
		{name: "bad-list-too-large", args: []string{"hash", "-f", "examples/list.json", "--max-input-size", "1Ki"}},
		{name: "bad-max-input-size", args: []string{"hash", "-f", "examples/pod.yaml", "--max-input-size", "1e9"}},
		{name: "bad-escapes", args: []string{"hash", "-f", td + "escapes.yaml"}},
		// Issue 15: the quantity guard sees the decoded key.
		{name: "bad-escaped-limits", args: []string{"hash", "-f", td + "escaped-limits.json"}},
		{name: "bad-flag", args: []string{"hash", "--nope"}},
		{name: "bad-extra-arg", args: []string{"expand", "-f", "examples/pod.yaml", "extra"}},
		// usage and help
		{name: "usage-no-args", args: nil},
		{name: "usage-unknown-command", args: []string{"restart"}},
		{name: "help", args: []string{"--help"}},
		{name: "help-hash", args: []string{"hash", "--help"}},
		{name: "help-diff", args: []string{"diff", "-h"}},
		{name: "help-check", args: []string{"help", "check"}},
		{name: "help-expand", args: []string{"expand", "--help"}},
		{name: "help-version", args: []string{"version", "--help"}},
		{name: "help-completion", args: []string{"completion", "--help"}},
	}
}

// TestEndToEnd runs the binary on examples/ and testdata/ and compares its
// exit status, stdout and stderr with testdata/e2e/NAME.golden.
func TestEndToEnd(t *testing.T) {
	for _, tc := range e2eCases() {
		tc := tc
		t.Run(tc.name, func(t *testing.T) {
			got := runBinary(t, tc)
			golden := filepath.Join("testdata", "e2e", tc.name+".golden")
			if *update {
				if err := os.WriteFile(golden, []byte(got), 0o644); err != nil {
					t.Fatal(err)
				}
				return
			}
			want, err := os.ReadFile(golden)
			if err != nil {
				t.Fatalf("%v (run go test -update to create it)", err)
			}
			if got != string(want) {
				t.Errorf("output differs from %s (go test -update rewrites it)\n--- got\n%s\n--- want\n%s", golden, got, want)
			}
		})
	}
}

// runBinary runs tc and returns its transcript: the command line, the exit
// status, stdout and stderr.
func runBinary(t *testing.T, tc e2eCase) string {
	t.Helper()
	cmd := exec.Command(binary, tc.args...)
	cmd.Dir = filepath.Join("..", "..")
	commandLine := "kubecontainer " + strings.Join(tc.args, " ")
	if tc.stdin != "" {
		data, err := os.ReadFile(filepath.Join(cmd.Dir, tc.stdin))
		if err != nil {
			t.Fatal(err)
		}
		cmd.Stdin = bytes.NewReader(data)
		commandLine += " < " + tc.stdin
	}
	var stdout, stderr bytes.Buffer
	cmd.Stdout, cmd.Stderr = &stdout, &stderr
	code := 0
	if err := cmd.Run(); err != nil {
		var exitErr *exec.ExitError
		if !errors.As(err, &exitErr) {
			t.Fatal(err)
		}
		code = exitErr.ExitCode()
	}
	return fmt.Sprintf("$ %s\nexit status %d\n--- stdout\n%s--- stderr\n%s",
		strings.TrimSpace(commandLine), code, stdout.String(), stderr.String())
}

// TestVersion checks --version and the version command.
func TestVersion(t *testing.T) {
	out, err := exec.Command(binary, "--version").Output()
	if err != nil {
		t.Fatal(err)
	}
	command, err := exec.Command(binary, "version").Output()
	if err != nil || string(command) != string(out) {
		t.Errorf("version printed %q, %v; want %q as --version", command, err, out)
	}
	lines := strings.Split(strings.TrimSuffix(string(out), "\n"), "\n")
	if len(lines) != 3 || lines[0] != "kubecontainer devel" || !strings.HasPrefix(lines[1], "hash algorithm: kubelet v1.27") ||
		!strings.HasPrefix(lines[2], "k8s.io/api: v0.") {
		t.Errorf("--version printed %q", out)
	}
	t.Logf("--version: %q", out)
}
