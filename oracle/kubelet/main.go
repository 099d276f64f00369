// Command oracle-kubelet writes the golden data of a kubelet line by
// calling the real k8s.io/kubernetes functions of pkg/kubelet/container,
// its testing fakes and its status cache, and verifies a golden set
// against them. One source serves every kubelet minor: the module file
// picks the minor's k8s.io/kubernetes and the build tags (kubelet1.28 up
// to the minor, as Go's own release tags) pick the few files where
// upstream's API differs (see README.md).
//
//	go run -modfile=kubelet-1.29.mod -tags kubelet1.28,kubelet1.29 . -out DIR
//	go run ... . -scenarios DIR      # only fakes.jsonl and cache.jsonl
//	go run ... . -verify DIR         # recompute a set and compare
//	go run ... . -find-gates         # which feature gates change which file
package main

import (
	"flag"
	"fmt"
	"io"
	"os"

	"k8s.io/klog/v2"
	_ "k8s.io/kubernetes/pkg/apis/core/install" // core/v1 in the legacy scheme, as in the kubelet binary
)

func main() {
	out := flag.String("out", "", "directory to write the golden set into")
	scenarios := flag.String("scenarios", "", "directory to write only the scenario files (fakes.jsonl, cache.jsonl) into")
	verify := flag.String("verify", "", "directory of a golden set to recompute and compare")
	findGates := flag.Bool("find-gates", false, "flip every feature gate of the registry and report which files change")
	seed := flag.Int64("seed", 0, "seed of the random inputs (0: the minor's number)")
	n := flag.Int("n", 2000, "size parameter: hash.jsonl and expand_command.jsonl get n lines")
	flag.Parse()

	// Upstream logs dropped ports and unparsable IDs through klog; keep the
	// output of this command to its own report.
	klogFlags := flag.NewFlagSet("klog", flag.ExitOnError)
	klog.InitFlags(klogFlags)
	_ = klogFlags.Set("logtostderr", "false")
	_ = klogFlags.Set("stderrthreshold", "FATAL")
	klog.SetOutput(io.Discard)

	k, err := kubelet()
	if err != nil {
		fail(err)
	}
	if *seed == 0 {
		*seed = int64(k.minor)
	}
	switch {
	case *verify != "":
		checked, bad, err := verifyDir(*verify, os.Stdout)
		if err != nil {
			fail(err)
		}
		fmt.Printf("verify %s: %d lines checked, %d mismatches\n", *verify, checked, bad)
		if bad > 0 {
			os.Exit(1)
		}
	case *out != "":
		err = generate(*out, k, *seed, *n, false)
	case *scenarios != "":
		err = generate(*scenarios, k, *seed, *n, true)
	case *findGates:
		err = reportGates(os.Stdout, *seed, *n)
	default:
		flag.Usage()
		os.Exit(2)
	}
	if err != nil {
		fail(err)
	}
}

func fail(err error) {
	fmt.Fprintln(os.Stderr, err)
	os.Exit(1)
}
