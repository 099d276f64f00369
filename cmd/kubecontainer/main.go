// Command kubecontainer computes the kubelet's container hash for Kubernetes
// manifests and tells whether the kubelet would restart a container.
//
// The kubelet writes a hash of each container's spec into the running
// container's io.kubernetes.container.hash annotation and restarts the
// container when the hash of the spec no longer matches. kubecontainer
// computes that hash as each kubelet minor from v1.27 to v1.37 does
// (package containerhash and the kubelet lines of the library), compares
// manifests and running containers, and shows commands after the
// kubelet's $(VAR) expansion. Run "kubecontainer --help".
package main

import (
	"errors"
	"fmt"
	"io"
	"os"
	"runtime/debug"
	"strconv"
	"strings"
	"unicode"

	"github.com/spf13/cobra"
)

func main() {
	tuneGC()
	os.Exit(run(os.Args[1:], os.Stdin, os.Stdout, os.Stderr))
}

// The garbage collector's settings for the command. Its live heap stays a
// few megabytes on a cluster dump of any size, because the items of a List
// are decoded, hashed and written a few at a time: with Go's default
// target of 100 % it would collect every few megabytes allocated. It
// collects instead when the heap has grown by gcPercent of what the last
// collection left alive: 400 % costs no more CPU than 800 % on a dump of
// 20,000 pods and keeps the process's peak RSS some 25 MB lower (45 MB
// against 70 MB, BENCHMARKS.md). It collects sooner when the heap nears
// memoryLimit, so that a single huge document, whose live heap is large (a
// 50 MB pod of 386,000 containers: over a gigabyte), does not grow five
// times over.
const (
	gcPercent   = 400
	memoryLimit = 1 << 30
)

// tuneGC sets gcPercent and memoryLimit, unless the GOGC or GOMEMLIMIT
// environment variable sets either, and returns a function that restores
// the settings before.
func tuneGC() (restore func()) {
	if os.Getenv("GOGC") != "" || os.Getenv("GOMEMLIMIT") != "" {
		return func() {}
	}
	percent := debug.SetGCPercent(gcPercent)
	limit := debug.SetMemoryLimit(memoryLimit)
	return func() {
		debug.SetGCPercent(percent)
		debug.SetMemoryLimit(limit)
	}
}

// Exit statuses.
const (
	// exitOK: success; for diff and check, nothing would restart.
	exitOK = 0
	// exitRestart: diff or check found a container the kubelet would
	// restart.
	exitRestart = 1
	// exitBadInput: bad usage or input.
	exitBadInput = 2
)

// run runs kubecontainer with args (without the program name) and returns
// its exit status: 0 on success, 1 when a restart was found (diff, check),
// 2 on bad input or usage.
func run(args []string, stdin io.Reader, stdout, stderr io.Writer) int {
	s := streams{in: stdin, out: stdout, err: stderr}
	code := exitOK
	root := newRootCommand(s, &code)
	root.SetArgs(args)
	cmd, err := root.ExecuteC()
	if err != nil {
		var exit exitCode
		if errors.As(err, &exit) {
			return int(exit)
		}
		printf(stderr, "error: %s\nSee '%s --help'.\n", escapeControls(err.Error()), cmd.CommandPath())
		return exitBadInput
	}
	return code
}

// exitCode is returned by a command that has written its own message and
// ends with that status.
type exitCode int

func (e exitCode) Error() string { return "exit status " + strconv.Itoa(int(e)) }

// newRootCommand returns the kubecontainer command and its subcommands,
// which write to s and set *code to their exit status.
func newRootCommand(s streams, code *int) *cobra.Command {
	root := &cobra.Command{
		Use:   "kubecontainer",
		Short: "Compute the kubelet's container hash of Kubernetes manifests",
		Long: `kubecontainer computes the kubelet's container hash for Kubernetes manifests
and tells whether the kubelet would restart a container.`,
		Example: `  kubecontainer hash -f examples/pod.yaml
  kubecontainer diff examples/pod.yaml examples/pod-after.yaml`,
		Version:       versionText(),
		SilenceErrors: true,
		SilenceUsage:  true,
		RunE: func(cmd *cobra.Command, _ []string) error {
			// Without a command: the help, as an error.
			cmd.SetOut(s.err)
			_ = cmd.Help()
			return exitCode(exitBadInput)
		},
	}
	root.SetVersionTemplate("{{.Version}}")
	root.Flags().Bool("version", false, "Print the version and the default hash algorithm")
	root.SetIn(s.in)
	root.SetOut(s.out)
	root.SetErr(s.err)
	root.SetFlagErrorFunc(func(_ *cobra.Command, err error) error { return err })
	for _, c := range []*cobra.Command{
		newHashCommand(s, code),
		newDiffCommand(s, code),
		newCheckCommand(s, code),
		newExpandCommand(s, code),
		newVersionCommand(s),
	} {
		root.AddCommand(c)
	}
	return root
}

// newVersionCommand returns the version command.
func newVersionCommand(s streams) *cobra.Command {
	return &cobra.Command{
		Use:   "version",
		Short: "Print the version and the default hash algorithm (as --version)",
		Long: `Print the version of kubecontainer, the default hash algorithm and the
k8s.io/api version manifests are decoded with.`,
		Example: `  # The same as kubecontainer --version
  kubecontainer version`,
		Args: noArgs,
		Run: func(*cobra.Command, []string) {
			printf(s.out, "%s", versionText())
		},
	}
}

// versionText returns the module version ("devel" when built from a
// checkout), the default hash algorithm and the k8s.io/api version whose
// types manifests are decoded into.
func versionText() string {
	version, apiVersion := "devel", "unknown"
	if info, ok := debug.ReadBuildInfo(); ok {
		if info.Main.Version != "" && info.Main.Version != "(devel)" {
			version = info.Main.Version
		}
		for _, dep := range info.Deps {
			if dep.Path == "k8s.io/api" {
				apiVersion = dep.Version
				if dep.Replace != nil {
					apiVersion = dep.Replace.Path + " " + dep.Replace.Version
				}
			}
		}
	}
	return fmt.Sprintf("kubecontainer %s\nhash algorithm: kubelet v1.27 (--kubelet selects another, up to v1.37)\nk8s.io/api: %s\n",
		version, apiVersion)
}

// noArgs refuses positional arguments.
func noArgs(_ *cobra.Command, args []string) error {
	if len(args) > 0 {
		return fmt.Errorf("unexpected argument %q", args[0])
	}
	return nil
}

// exactArgs refuses other than n positional arguments.
func exactArgs(n int) cobra.PositionalArgs {
	return func(_ *cobra.Command, args []string) error {
		if len(args) != n {
			return fmt.Errorf("want %d arguments, got %d", n, len(args))
		}
		return nil
	}
}

// streams are the standard streams of one invocation.
type streams struct {
	in       io.Reader
	out, err io.Writer
}

// fail writes err to stderr and returns exitBadInput.
func (s streams) fail(err error) int {
	printf(s.err, "error: %s\n", escapeControls(err.Error()))
	return exitBadInput
}

// warn writes a warning to stderr.
func (s streams) warn(msg string) {
	printf(s.err, "warning: %s\n", escapeControls(msg))
}

// escapeControls returns msg with every control character (terminal
// escapes from names in a manifest, newlines) written as a Go escape
// sequence, so that a message stays one line of plain text.
func escapeControls(msg string) string {
	if strings.IndexFunc(msg, unicode.IsControl) < 0 {
		return msg
	}
	var b strings.Builder
	for _, r := range msg {
		if unicode.IsControl(r) {
			quoted := strconv.QuoteRune(r)
			b.WriteString(quoted[1 : len(quoted)-1])
			continue
		}
		b.WriteRune(r)
	}
	return b.String()
}

// printf writes a message for the user (help, a warning, an error) to w. If
// that write fails, there is no one left to tell, so the error is dropped.
// Results go through the table and jsonArray writers, whose errors are
// reported.
func printf(w io.Writer, format string, args ...interface{}) {
	_, _ = fmt.Fprintf(w, format, args...)
}
