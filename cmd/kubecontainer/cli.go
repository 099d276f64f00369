package main

import (
	"errors"
	"flag"
	"fmt"
	"io"
	"strings"
)

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

// streams are the standard streams of one invocation.
type streams struct {
	in       io.Reader
	out, err io.Writer
}

// fail writes err to stderr and returns exitBadInput.
func (s streams) fail(err error) int {
	printf(s.err, "error: %v\n", err)
	return exitBadInput
}

// warn writes a warning to stderr.
func (s streams) warn(msg string) {
	printf(s.err, "warning: %s\n", msg)
}

// printf writes a message for the user (help, a warning, an error) to w. If
// that write fails, there is no one left to tell, so the error is dropped.
// Results go through table.write and writeJSON, whose errors are reported.
func printf(w io.Writer, format string, args ...interface{}) {
	_, _ = fmt.Fprintf(w, format, args...)
}

// A command is one parsed invocation of a subcommand: its flag set, help
// text and streams.
type command struct {
	name  string
	help  string
	flags *flag.FlagSet
	streams
}

// newCommand returns a command with an empty flag set that reports errors
// through parse instead of printing them.
func newCommand(name, help string, s streams) *command {
	fs := flag.NewFlagSet(name, flag.ContinueOnError)
	fs.SetOutput(io.Discard)
	fs.Usage = func() {}
	return &command{name: name, help: help, flags: fs, streams: s}
}

// fileFlag adds -f/--filename.
func (c *command) fileFlag() *string {
	file := c.flags.String("filename", "", "Manifest `FILE` to read (YAML or JSON), - for stdin")
	c.flags.StringVar(file, "f", "", "Shorthand for --filename `FILE`")
	return file
}

// outputFlag adds -o/--output.
func (c *command) outputFlag() *string {
	output := c.flags.String("output", outputTable, "Output `FORMAT`: table or json")
	c.flags.StringVar(output, "o", outputTable, "Shorthand for --output `FORMAT`")
	return output
}

// kubeletFlag adds --kubelet.
func (c *command) kubeletFlag() *string {
	return c.flags.String("kubelet", "1.27",
		"Kubelet `VERSION` whose hash to compute: 1.16 to 1.30 hash the whole spec, 1.31 and later only name and image")
}

// parse parses args, allowing flags before and after positional arguments,
// and checks there are exactly wantArgs positional arguments. done is true
// when the command must stop and return code: after --help (0) or a usage
// error (2).
func (c *command) parse(args []string, wantArgs int) (positional []string, code int, done bool) {
	positional, err := parseInterspersed(c.flags, args)
	if errors.Is(err, flag.ErrHelp) {
		c.writeHelp()
		return nil, exitOK, true
	}
	if err == nil && len(positional) != wantArgs {
		err = fmt.Errorf("want %d arguments, got %d", wantArgs, len(positional))
		if wantArgs == 0 {
			err = fmt.Errorf("unexpected argument %q", positional[0])
		}
	}
	if err != nil {
		printf(c.err, "error: %v\nSee 'kubecontainer %s --help'.\n", err, c.name)
		return nil, exitBadInput, true
	}
	return positional, exitOK, false
}

// parseInterspersed parses fs from args and returns the positional
// arguments, which may come before, between or after the flags. Everything
// after "--" is positional.
func parseInterspersed(fs *flag.FlagSet, args []string) ([]string, error) {
	var positional []string
	for {
		if err := fs.Parse(args); err != nil {
			return nil, err
		}
		consumed := len(args) - fs.NArg()
		rest := fs.Args()
		if len(rest) == 0 {
			return positional, nil
		}
		if consumed > 0 && args[consumed-1] == "--" {
			return append(positional, rest...), nil
		}
		positional = append(positional, rest[0])
		args = rest[1:]
	}
}

// writeHelp writes the command's help and its flags to stdout.
func (c *command) writeHelp() {
	printf(c.out, "%s\nFlags:\n", c.help)
	c.flags.VisitAll(func(f *flag.Flag) {
		dashes := "--"
		if len(f.Name) == 1 {
			dashes = "-"
		}
		valueName, usage := flag.UnquoteUsage(f)
		name := strings.TrimSpace(dashes + f.Name + " " + valueName)
		if f.DefValue != "" && f.DefValue != "false" {
			usage += fmt.Sprintf(" (default %q)", f.DefValue)
		}
		printf(c.out, "  %s\n      %s\n", name, usage)
	})
	printf(c.out, "  -h, --help\n      Show this help\n")
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

// load reads the manifest file name ("-" for stdin), writes its notes as
// warnings and returns its containers; a manifest without any is an error.
func (s streams) load(name string) ([]entry, error) {
	m, err := readManifest(name, s.in)
	if err != nil {
		return nil, err
	}
	for _, note := range m.Notes {
		s.warn(displayName(name) + ": " + note)
	}
	if len(m.Entries) == 0 {
		return nil, fmt.Errorf("%s: no containers found (want a %s)", displayName(name), supportedKinds)
	}
	return m.Entries, nil
}
