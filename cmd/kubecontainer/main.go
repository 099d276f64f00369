// Command kubecontainer computes the kubelet's container hash for Kubernetes
// manifests and tells whether the kubelet would restart a container.
//
// The kubelet writes a hash of each container's spec into the running
// container's io.kubernetes.container.hash annotation and restarts the
// container when the hash of the spec no longer matches. kubecontainer
// computes that hash with the same algorithm (package container of this
// module), compares manifests and running containers, and shows commands
// after the kubelet's $(VAR) expansion. Run "kubecontainer --help".
package main

import (
	"io"
	"os"
	"runtime/debug"
)

func main() {
	tuneGC()
	os.Exit(run(os.Args[1:], os.Stdin, os.Stdout, os.Stderr))
}

// The garbage collector's settings for the command. Its live heap stays a
// few megabytes on a cluster dump of any size, because the items of a List
// are decoded, hashed and written a few at a time: with Go's default
// target of 100 % it would collect every few megabytes allocated, which
// costs a third of its CPU time. It collects instead when the heap has
// grown by gcPercent of what the last collection left alive, which keeps a
// dump's peak heap near 30 MB, and sooner when the heap nears memoryLimit,
// so that a single huge document, whose live heap is large (a 50 MB pod of
// 386,000 containers: over a gigabyte), does not grow nine times over.
const (
	gcPercent   = 800
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

// A subcommand is one verb of kubecontainer.
type subcommand struct {
	Name    string
	Summary string
	Run     func(args []string, s streams) int
}

// subcommands lists the verbs in the order the usage shows them.
func subcommands() []subcommand {
	return []subcommand{
		{Name: "hash", Summary: "Print the kubelet's hash of every container in a manifest", Run: runHash},
		{Name: "diff", Summary: "Compare two manifests: which containers the kubelet would restart", Run: runDiff},
		{Name: "check", Summary: "Compare a manifest with a running container (crictl inspect)", Run: runCheck},
		{Name: "expand", Summary: "Print commands and args after the kubelet's $(VAR) expansion", Run: runExpand},
		{Name: "version", Summary: "Print the version and the hash algorithm (as --version)", Run: runVersion},
	}
}

// run runs kubecontainer with args (without the program name) and returns
// its exit status: 0 on success, 1 when a restart was found (diff, check),
// 2 on bad input or usage.
func run(args []string, stdin io.Reader, stdout, stderr io.Writer) int {
	s := streams{in: stdin, out: stdout, err: stderr}
	if len(args) == 0 {
		writeUsage(stderr)
		return exitBadInput
	}
	switch args[0] {
	case "-h", "-help", "--help":
		writeUsage(stdout)
		return exitOK
	case "help":
		if len(args) == 1 {
			writeUsage(stdout)
			return exitOK
		}
		return run([]string{args[1], "--help"}, stdin, stdout, stderr)
	case "-version", "--version":
		writeVersion(stdout)
		return exitOK
	}
	for _, c := range subcommands() {
		if c.Name == args[0] {
			return c.Run(args[1:], s)
		}
	}
	printf(stderr, "error: unknown command %q\n\n", args[0])
	writeUsage(stderr)
	return exitBadInput
}

// writeUsage writes the top-level help.
func writeUsage(w io.Writer) {
	printf(w, "%s", `kubecontainer computes the kubelet's container hash for Kubernetes manifests
and tells whether the kubelet would restart a container.

Usage:
  kubecontainer COMMAND [flags]

Commands:
`)
	for _, c := range subcommands() {
		printf(w, "  %-8s %s\n", c.Name, c.Summary)
	}
	printf(w, "%s", `
Flags:
  -h, --help     Show this help
      --version  Print the version and the hash algorithm

Examples:
  kubecontainer hash -f examples/pod.yaml
  kubecontainer diff examples/pod.yaml examples/pod-after.yaml

Use "kubecontainer COMMAND --help" for more about a command.
`)
}

const versionHelp = `Print the version of kubecontainer, the default hash algorithm and the
k8s.io/api version manifests are decoded with.

Usage:
  kubecontainer version

Examples:
  # The same as kubecontainer --version
  kubecontainer version
`

// runVersion runs the version command.
func runVersion(args []string, s streams) int {
	c := newCommand("version", versionHelp, s)
	if _, code, done := c.parse(args, 0); done {
		return code
	}
	writeVersion(s.out)
	return exitOK
}

// writeVersion writes the module version ("devel" when built from a
// checkout), the default hash algorithm and the k8s.io/api version whose
// types manifests are decoded into.
func writeVersion(w io.Writer) {
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
	printf(w, "kubecontainer %s\nhash algorithm: %s\nk8s.io/api: %s\n", version, wholeSpec().Name, apiVersion)
}
