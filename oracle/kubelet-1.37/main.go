// Command oracle-kubelet-1.37 writes the golden data of the kubelet-1.37
// line by calling the real k8s.io/kubernetes v1.37.2 functions of
// pkg/kubelet/container (and its testing fakes), and verifies a golden set
// against them.
//
//	go run . -out ../../kubelet-1.37/container/testdata   # generate
//	go run . -verify /path/to/golden-1.37                  # recompute and compare
package main

import (
	"flag"
	"fmt"
	"io"
	"os"
	"runtime"

	"k8s.io/klog/v2"
	_ "k8s.io/kubernetes/pkg/apis/core/install" // core/v1 in the legacy scheme, as in the kubelet binary
)

const upstream = "k8s.io/kubernetes v1.37.2"

func main() {
	out := flag.String("out", "", "directory to write the golden set into")
	verify := flag.String("verify", "", "directory of a golden set to recompute and compare")
	seed := flag.Int64("seed", 37, "seed of the random inputs")
	n := flag.Int("n", 2000, "size parameter: hash.jsonl and expand_command.jsonl get n lines")
	flag.Parse()

	// Upstream logs dropped ports and unparsable IDs through klog; keep the
	// output of this command to its own report.
	klogFlags := flag.NewFlagSet("klog", flag.ExitOnError)
	klog.InitFlags(klogFlags)
	_ = klogFlags.Set("logtostderr", "false")
	_ = klogFlags.Set("stderrthreshold", "FATAL")
	klog.SetOutput(io.Discard)

	switch {
	case *verify != "":
		checked, bad, err := verifyDir(*verify, os.Stdout)
		if err != nil {
			fmt.Fprintln(os.Stderr, err)
			os.Exit(1)
		}
		fmt.Printf("verify %s: %d lines checked, %d mismatches\n", *verify, checked, bad)
		if bad > 0 {
			os.Exit(1)
		}
	case *out != "":
		if err := generate(*out, *seed, *n); err != nil {
			fmt.Fprintln(os.Stderr, err)
			os.Exit(1)
		}
	default:
		flag.Usage()
		os.Exit(2)
	}
}

// goVersion is the Go release that built the generator.
func goVersion() string { return runtime.Version() }
