package main

import (
	"errors"
	"flag"
	"fmt"
	"io"
	"runtime"
	"strconv"
	"strings"
	"unicode"
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
// Results go through table.write and jsonArray, whose errors are reported.
func printf(w io.Writer, format string, args ...interface{}) {
	_, _ = fmt.Fprintf(w, format, args...)
}

// A command is one parsed invocation of a subcommand: its flag set, help
// text and streams.
type command struct {
	name  string
	help  string
	flags *flag.FlagSet
	// shorthands maps a flag's name to its one-letter form.
	shorthands map[string]string
	streams
}

// newCommand returns a command with an empty flag set that reports errors
// through parse instead of printing them.
func newCommand(name, help string, s streams) *command {
	fs := flag.NewFlagSet(name, flag.ContinueOnError)
	fs.SetOutput(io.Discard)
	fs.Usage = func() {}
	return &command{name: name, help: help, flags: fs, shorthands: map[string]string{}, streams: s}
}

// fileFlag adds -f/--filename.
func (c *command) fileFlag() *string {
	file := c.flags.String("filename", "", "Manifest `FILE` to read (YAML or JSON), - for stdin")
	c.flags.StringVar(file, "f", "", "")
	c.shorthands["filename"] = "f"
	return file
}

// outputFlag adds -o/--output.
func (c *command) outputFlag() *string {
	output := c.flags.String("output", outputTable, "Output `FORMAT`: table or json")
	c.flags.StringVar(output, "o", outputTable, "")
	c.shorthands["output"] = "o"
	return output
}

// manifestFlags adds the flags that say how manifests become the containers
// a kubelet hashes: --kubelet, --no-defaults and --max-input-size.
func (c *command) manifestFlags() *manifestFlags {
	return &manifestFlags{
		kubelet: c.flags.String("kubelet", "1.27", "Kubelet `VERSION` whose hash to compute: "+supportedKubelets+
			"; 1.27 to 1.30 hash the whole spec, 1.31 and later only name and image"),
		noDefaults: c.flags.Bool("no-defaults", false,
			"Hash the spec as written, without the defaults the v1.27 API server adds"),
		maxInputSize: c.flags.String("max-input-size", defaultMaxInputSize,
			"Read at most `SIZE` bytes of each input (Ki, Mi, Gi suffixes)"),
	}
}

// manifestFlags are the values of the flags manifestFlags adds.
type manifestFlags struct {
	kubelet      *string
	noDefaults   *bool
	maxInputSize *string
}

// loadOptions checks the flags and returns the options they select.
func (f *manifestFlags) loadOptions() (loadOptions, error) {
	k, err := parseKubelet(*f.kubelet)
	if err != nil {
		return loadOptions{}, err
	}
	size, err := parseSize(*f.maxInputSize)
	if err != nil {
		return loadOptions{}, fmt.Errorf("--max-input-size: %w", err)
	}
	return loadOptions{
		decode:       decodeOptions{Kubelet: k, NoDefaults: *f.noDefaults},
		maxInputSize: size,
		workers:      runtime.GOMAXPROCS(0),
	}, nil
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

// writeHelp writes the command's help and its flags to stdout, a flag and
// its shorthand on one line: "-f, --filename FILE".
func (c *command) writeHelp() {
	printf(c.out, "%s\nFlags:\n", c.help)
	isShorthand := map[string]bool{}
	for _, short := range c.shorthands {
		isShorthand[short] = true
	}
	c.flags.VisitAll(func(f *flag.Flag) {
		if isShorthand[f.Name] {
			return
		}
		valueName, usage := flag.UnquoteUsage(f)
		name := "    --" + f.Name
		if short, ok := c.shorthands[f.Name]; ok {
			name = "-" + short + ", --" + f.Name
		}
		name = strings.TrimRight(name+" "+valueName, " ")
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

// loadOptions say how a command reads its manifests.
type loadOptions struct {
	decode       decodeOptions
	maxInputSize int64
	// workers is the number of goroutines that decode and convert objects.
	workers int
}

// batchSize is how many bytes of documents a worker takes at a time: enough
// to make handing them over cheap, little enough to keep memory flat.
const batchSize = 64 << 10

// readRows reads the manifest file name ("-" for stdin), writes its notes
// as warnings, and passes convert's row for each of its containers to
// deliver, in input order. Documents are decoded and converted in batches
// on opts.workers goroutines, a few batches at a time, so that memory does
// not grow with the input. A manifest without containers is an error.
func readRows[R any](s streams, name string, opts loadOptions, convert func(entry) R, deliver func(R) error) error {
	in, err := openInput(name, s.in, opts.maxInputSize)
	if err != nil {
		return err
	}
	defer func() { _ = in.Close() }()
	d := newObjectDecoder(opts.decode)
	type result struct {
		rows  []R
		notes []string
		err   error
	}
	// convertAll decodes and converts docs up to the first error.
	convertAll := func(docs []document) result {
		var r result
		for _, doc := range docs {
			objects, err := d.decode(doc)
			for _, e := range objects.Entries {
				r.rows = append(r.rows, convert(e))
			}
			r.notes = append(r.notes, objects.Notes...)
			if err != nil {
				r.err = err
				break
			}
		}
		return r
	}
	delivered := 0
	err = orderedMap(opts.workers, func(submit func(func() result) error) error {
		var batch []document
		size := 0
		submitBatch := func() error {
			docs := batch
			batch, size = nil, 0
			return submit(func() result { return convertAll(docs) })
		}
		err := readDocuments(in, func(doc document) error {
			batch = append(batch, doc)
			if size += len(doc.json); size < batchSize {
				return nil
			}
			return submitBatch()
		})
		// The documents read before an error come first, with theirs.
		if len(batch) > 0 {
			if submitErr := submitBatch(); err == nil {
				err = submitErr
			}
		}
		return err
	}, func(r result) error {
		for _, note := range r.notes {
			s.warn(displayName(name) + ": " + note)
		}
		for _, row := range r.rows {
			if err := deliver(row); err != nil {
				return err
			}
			delivered++
		}
		return r.err
	})
	if err != nil {
		return fmt.Errorf("%s: %w", displayName(name), tooLargeError(opts.maxInputSize, err))
	}
	if delivered == 0 {
		return fmt.Errorf("%s: no containers found (want a %s)", displayName(name), supportedKinds)
	}
	return nil
}

// loadRows is readRows returning the rows.
func loadRows[R any](s streams, name string, opts loadOptions, convert func(entry) R) ([]R, error) {
	var rows []R
	err := readRows(s, name, opts, convert, func(row R) error {
		rows = append(rows, row)
		return nil
	})
	if err != nil {
		return nil, err
	}
	return rows, nil
}

// load returns the containers of the manifest file name, as loadRows reads
// them.
func (s streams) load(name string, opts loadOptions) ([]entry, error) {
	return loadRows(s, name, opts, func(e entry) entry { return e })
}
