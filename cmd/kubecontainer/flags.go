package main

import (
	"fmt"
	"runtime"

	"github.com/spf13/cobra"

	"github.com/kubecontainer/kubecontainer/cmd/kubecontainer/internal/kubelets"
	"github.com/kubecontainer/kubecontainer/cmd/kubecontainer/internal/manifest"
	"github.com/kubecontainer/kubecontainer/containerhash"
)

// Output formats of the -o flag.
const (
	outputTable = "table"
	outputJSON  = "json"
)

// fileFlag adds -f/--filename.
func fileFlag(cmd *cobra.Command, file *string) {
	cmd.Flags().StringVarP(file, "filename", "f", "", "Manifest `FILE` to read (YAML or JSON), - for stdin")
}

// outputFlag adds -o/--output.
func outputFlag(cmd *cobra.Command, output *string) {
	cmd.Flags().StringVarP(output, "output", "o", outputTable, "Output `FORMAT`: table or json")
	_ = cmd.RegisterFlagCompletionFunc("output", cobra.FixedCompletions([]string{outputTable, outputJSON}, cobra.ShellCompDirectiveNoFileComp))
}

// checkOutput returns an error unless format is an output format.
func checkOutput(format string) error {
	if format != outputTable && format != outputJSON {
		return fmt.Errorf("invalid output format %q (want %s or %s)", format, outputTable, outputJSON)
	}
	return nil
}

// manifestFlags are the flags that say how manifests become the containers
// a kubelet hashes: --kubelet, --no-defaults and --max-input-size.
type manifestFlags struct {
	kubelet      string
	noDefaults   bool
	maxInputSize string
}

// add adds the flags to cmd.
func (f *manifestFlags) add(cmd *cobra.Command) {
	cmd.Flags().StringVar(&f.kubelet, "kubelet", "1.27", "Kubelet `VERSION` to answer for: "+kubelets.Supported+
		"; 1.27 to 1.30 hash the whole spec, 1.31 and later only name and image")
	cmd.Flags().BoolVar(&f.noDefaults, "no-defaults", false,
		"Hash the spec as written, without the defaults the v1.27 API server adds")
	cmd.Flags().StringVar(&f.maxInputSize, "max-input-size", manifest.DefaultMaxInputSize,
		"Read at most `SIZE` bytes of each input (Ki, Mi, Gi suffixes)")
	var versions []string
	for minor := containerhash.OldestMinor; minor <= containerhash.NewestMinor; minor++ {
		versions = append(versions, fmt.Sprintf("1.%d", minor))
	}
	_ = cmd.RegisterFlagCompletionFunc("kubelet", cobra.FixedCompletions(versions, cobra.ShellCompDirectiveNoFileComp))
	_ = cmd.RegisterFlagCompletionFunc("max-input-size", cobra.NoFileCompletions)
}

// options checks the flags and returns the kubelet and the options they
// select.
func (f *manifestFlags) options() (kubelets.Kubelet, manifest.Options, error) {
	k, err := kubelets.Parse(f.kubelet)
	if err != nil {
		return kubelets.Kubelet{}, manifest.Options{}, err
	}
	size, err := manifest.ParseSize(f.maxInputSize)
	if err != nil {
		return kubelets.Kubelet{}, manifest.Options{}, fmt.Errorf("--max-input-size: %w", err)
	}
	return k, manifest.Options{
		Kubelet:      k.Minor(),
		NoDefaults:   f.noDefaults,
		MaxInputSize: size,
		Workers:      runtime.GOMAXPROCS(0),
	}, nil
}

// firstError returns the first of errs that is not nil, or nil.
func firstError(errs ...error) error {
	for _, err := range errs {
		if err != nil {
			return err
		}
	}
	return nil
}

// required returns an error saying flag is required when value is empty.
func required(flag, value string) error {
	if value == "" {
		return fmt.Errorf("%s is required", flag)
	}
	return nil
}

// oneStdin returns an error when two inputs both read stdin ("-").
func oneStdin(nameA, a, nameB, b string) error {
	if a == "-" && b == "-" {
		return fmt.Errorf("only one of %s and %s can be - (stdin)", nameA, nameB)
	}
	return nil
}
