package main

import (
	"bufio"
	"bytes"
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	"github.com/kubecontainer/kubecontainer/cmd/kubecontainer/internal/inspect"
)

// An exampleLine is a container of an example manifest and the hashes the
// real kubelet v1.27.16 computes for it (testdata/examples.jsonl, written
// by oracle/apiserver-1.27 with make golden-1.27): of the Pod the API
// server's defaulting makes, and of the container as written.
type exampleLine struct {
	File                          string `json:"file"`
	Source                        string `json:"source"`
	Kind                          string `json:"kind"`
	Namespace                     string `json:"namespace"`
	Name                          string `json:"name"`
	Type                          string `json:"type"`
	Container                     string `json:"container"`
	Hash                          uint64 `json:"hash"`
	HashWithoutResources          uint64 `json:"hashWithoutResources"`
	HashAsWritten                 uint64 `json:"hashAsWritten"`
	HashWithoutResourcesAsWritten uint64 `json:"hashWithoutResourcesAsWritten"`
}

// readExamples reads testdata/examples.jsonl and checks that it covers
// every example manifest.
func readExamples(t *testing.T) []exampleLine {
	t.Helper()
	data, err := os.ReadFile(filepath.Join("testdata", "examples.jsonl"))
	if err != nil {
		t.Fatal(err)
	}
	var lines []exampleLine
	covered := map[string]bool{}
	sc := bufio.NewScanner(bytes.NewReader(data))
	for sc.Scan() {
		var l exampleLine
		if err := json.Unmarshal(sc.Bytes(), &l); err != nil {
			t.Fatal(err)
		}
		lines = append(lines, l)
		covered[l.File] = true
	}
	manifests, err := filepath.Glob(filepath.Join("..", "..", "examples", "*"))
	if err != nil {
		t.Fatal(err)
	}
	for _, m := range manifests {
		if name := "examples/" + filepath.Base(m); name != "examples/inspect.json" && !covered[name] {
			t.Errorf("testdata/examples.jsonl has no container of %s: run make golden-1.27", name)
		}
	}
	return lines
}

// A transcript is a run of the command over files of the repository: its
// arguments, the file it read as stdin, and what it wrote to stdout.
type transcript struct {
	where  string
	args   []string
	stdin  string
	stdout string
}

// A figureChecker checks the hashes printed in transcripts against the
// kubelet's, for the examples.
type figureChecker struct {
	lines   []exampleLine
	checked int
}

// check checks every hash in tr's output that the kubelet v1.27 computed
// for a container of an example, and returns what differs: the
// transcripts of other kubelet versions and of other files are left alone.
func (c *figureChecker) check(t *testing.T, tr transcript) []error {
	t.Helper()
	flags, files := parseArgs(tr.args)
	if kubelet, ok := flags["--kubelet"]; ok && strings.TrimPrefix(kubelet, "v") != "1.27" && !strings.HasPrefix(strings.TrimPrefix(kubelet, "v"), "1.27.") {
		return nil
	}
	var errs []error
	if f, ok := flags["-f"]; ok {
		files = []string{f}
	}
	for i, f := range files {
		if f == "-" {
			files[i] = tr.stdin
		}
	}
	_, noDefaults := flags["--no-defaults"]
	// Each hash column and the file whose container it hashes.
	columns := map[string]int{"hash": 0, "hashWithoutResources": 0, "manifestHash": 0, "manifestHashWithoutResources": 0,
		"oldHash": 0, "newHash": 1}
	for _, row := range outputRows(t, tr) {
		for column, file := range columns {
			value, ok := row[column]
			if !ok || value == "" || value == "-" || file >= len(files) || !strings.HasPrefix(files[file], "examples/") {
				continue
			}
			l, err := c.find(files[file], row)
			if err != nil {
				errs = append(errs, fmt.Errorf("%s: %w", tr.where, err))
				continue
			}
			want := map[bool]uint64{false: l.Hash, true: l.HashAsWritten}[noDefaults]
			if strings.Contains(column, "WithoutResources") {
				want = map[bool]uint64{false: l.HashWithoutResources, true: l.HashWithoutResourcesAsWritten}[noDefaults]
			}
			if value != formatHash(want) {
				errs = append(errs, fmt.Errorf("%s: %s of %s container %s is %s; kubelet v1.27.16 computes %s", tr.where, column,
					files[file], l.Container, value, formatHash(want)))
			}
			c.checked++
		}
	}
	return errs
}

// find returns the line of the container of file that row names.
func (c *figureChecker) find(file string, row map[string]string) (exampleLine, error) {
	var found []exampleLine
	for _, l := range c.lines {
		if l.File == file && l.Container == row["container"] && l.Type == row["type"] &&
			(row["kind"] == "" || row["kind"] == l.Kind) && (row["name"] == "" || row["name"] == l.Name) {
			found = append(found, l)
		}
	}
	if len(found) != 1 {
		return exampleLine{}, fmt.Errorf("%d containers of %s match %v in testdata/examples.jsonl", len(found), file, row)
	}
	return found[0], nil
}

// parseArgs returns the flags of a command line by name (-o json, --x=y)
// and its positional arguments.
func parseArgs(args []string) (flags map[string]string, positional []string) {
	withValue := map[string]bool{"-f": true, "--filename": true, "-o": true, "--output": true, "--kubelet": true,
		"--max-input-size": true, "--running": true}
	flags = map[string]string{}
	for i := 1; i < len(args); i++ {
		arg := args[i]
		switch {
		case arg == "-" || !strings.HasPrefix(arg, "-"):
			positional = append(positional, arg)
		case strings.Contains(arg, "="):
			name, value, _ := strings.Cut(arg, "=")
			flags[name] = value
		case withValue[arg] && i+1 < len(args):
			flags[arg] = args[i+1]
			i++
		default:
			flags[arg] = ""
		}
	}
	if v, ok := flags["--filename"]; ok {
		flags["-f"] = v
	}
	return flags, positional
}

// outputRows returns the rows of a transcript's output, a table or a JSON
// array, each by the JSON names of its columns.
func outputRows(t *testing.T, tr transcript) []map[string]string {
	t.Helper()
	out := strings.TrimSpace(tr.stdout)
	if out == "" {
		return nil
	}
	if out[0] == '[' {
		var rows []map[string]interface{}
		if err := json.Unmarshal([]byte(out), &rows); err != nil {
			t.Fatalf("%s: %v", tr.where, err)
		}
		var strs []map[string]string
		for _, r := range rows {
			m := map[string]string{}
			for k, v := range r {
				if s, ok := v.(string); ok {
					m[k] = s
				}
			}
			strs = append(strs, m)
		}
		return strs
	}
	lines := strings.Split(out, "\n")
	header := regexp.MustCompile(`\S+`).FindAllStringIndex(lines[0], -1)
	var rows []map[string]string
	for _, line := range lines[1:] {
		row := map[string]string{}
		for i, span := range header {
			end := len(line)
			if i+1 < len(header) && header[i+1][0] < end {
				end = header[i+1][0]
			}
			if span[0] < end {
				row[columnName(lines[0][span[0]:span[1]])] = strings.TrimSpace(line[span[0]:end])
			}
		}
		rows = append(rows, row)
	}
	return rows
}

// columnName returns the JSON name of a table's column: HASH is hash,
// WITHOUT-RESOURCES hashWithoutResources, OLD-HASH oldHash, ...
func columnName(header string) string {
	switch header {
	case "WITHOUT-RESOURCES":
		return "hashWithoutResources"
	case "MANIFEST-HASH":
		return "manifestHash"
	case "RUNNING-HASH":
		return "runningHash"
	case "OLD-HASH":
		return "oldHash"
	case "NEW-HASH":
		return "newHash"
	}
	return strings.ToLower(header)
}

// TestEndToEndFiguresAreTheKubelets checks every hash that the end-to-end
// transcripts print for a container of an example, as kubelet v1.27,
// against the real kubelet's, so that a wrong snapshot cannot be written
// by -update unnoticed.
func TestEndToEndFiguresAreTheKubelets(t *testing.T) {
	c := figureChecker{lines: readExamples(t)}
	for _, tc := range e2eCases() {
		data, err := os.ReadFile(filepath.Join("testdata", "e2e", tc.name+".golden"))
		if err != nil {
			t.Fatal(err)
		}
		_, stdout, found := strings.Cut(string(data), "--- stdout\n")
		stdout, _, _ = strings.Cut(stdout, "--- stderr\n")
		if !found {
			t.Fatalf("%s: no stdout", tc.name)
		}
		for _, err := range c.check(t, transcript{where: tc.name, args: tc.args, stdin: tc.stdin, stdout: stdout}) {
			t.Error(err)
		}
	}
	if c.checked < 60 {
		t.Errorf("checked %d figures, want at least 60", c.checked)
	}
	t.Logf("%d figures of the transcripts are kubelet v1.27.16's", c.checked)
}

// TestREADMEFiguresAreTheKubelets checks the figures of the README's
// section on the command: its transcripts, and the hashes it quotes for
// --no-defaults.
func TestREADMEFiguresAreTheKubelets(t *testing.T) {
	lines := readExamples(t)
	readme, err := os.ReadFile(filepath.Join("..", "..", "README.md"))
	if err != nil {
		t.Fatal(err)
	}
	_, section, _ := strings.Cut(string(readme), "\n## The kubecontainer command\n")
	section, _, _ = strings.Cut(section, "\n## ")
	c := figureChecker{lines: lines}
	for _, tr := range readmeTranscripts(section) {
		for _, err := range c.check(t, tr) {
			t.Error(err)
		}
	}
	if c.checked < 12 {
		t.Errorf("checked %d figures of the README, want at least 12", c.checked)
	}
	quote := strings.Join(strings.Fields("`--no-defaults` hashes the spec as written \\(the example above then prints "+
		"`([0-9a-f]+)`, `([0-9a-f]+)` and `([0-9a-f]+)`\\)"), `\s+`)
	quoted := regexp.MustCompile(quote).FindStringSubmatch(section)
	if quoted == nil {
		t.Fatal("the README does not quote the hashes of --no-defaults")
	}
	var want []string
	for _, l := range lines {
		if l.File == "examples/pod.yaml" {
			want = append(want, formatHash(l.HashAsWritten))
		}
	}
	if got := quoted[1:]; strings.Join(got, " ") != strings.Join(want, " ") {
		t.Errorf("the README quotes %q for --no-defaults; kubelet v1.27.16 computes %q", got, want)
	}
	t.Logf("%d figures of the README are kubelet v1.27.16's", c.checked+3)
}

// readmeTranscripts returns the runs the README's code blocks show: a line
// "$ kubecontainer ARGS" (a "# comment" after them aside) and the lines
// after it up to a blank one.
func readmeTranscripts(section string) []transcript {
	var out []transcript
	lines := strings.Split(section, "\n")
	for i := 0; i < len(lines); i++ {
		command, ok := strings.CutPrefix(lines[i], "$ kubecontainer ")
		if !ok {
			continue
		}
		command, _, _ = strings.Cut(command, "#")
		tr := transcript{where: "README.md: $ kubecontainer " + strings.TrimSpace(command),
			args: strings.Fields(command)}
		for i+1 < len(lines) && strings.TrimSpace(lines[i+1]) != "" && lines[i+1] != "```" {
			i++
			tr.stdout += lines[i] + "\n"
		}
		out = append(out, tr)
	}
	return out
}

// TestInspectExampleIsTheKubelets: the hashes examples/inspect.json shows on
// the running containers are those the kubelet computes for
// examples/pod-live.yaml, which describes them.
func TestInspectExampleIsTheKubelets(t *testing.T) {
	data, err := os.ReadFile(filepath.Join("..", "..", "examples", "inspect.json"))
	if err != nil {
		t.Fatal(err)
	}
	running, err := inspect.Parse(data)
	if err != nil {
		t.Fatal(err)
	}
	c := figureChecker{lines: readExamples(t)}
	for _, rc := range running {
		l, err := c.find("examples/pod-live.yaml", map[string]string{"container": rc.Name, "type": "regular", "name": rc.PodName})
		if err != nil {
			t.Fatal(err)
		}
		if rc.Hash != l.Hash || rc.HasHashWithoutResources && rc.HashWithoutResources != l.HashWithoutResources {
			t.Errorf("examples/inspect.json: container %s has %x/%x, kubelet v1.27.16 computes %x/%x",
				rc.Name, rc.Hash, rc.HashWithoutResources, l.Hash, l.HashWithoutResources)
		}
	}
}

// TestFigureChecker: a figure that is not the kubelet's is found, in a table
// and in JSON, and a transcript of another kubelet is left alone.
func TestFigureChecker(t *testing.T) {
	c := figureChecker{lines: readExamples(t)}
	table := "KIND   NAMESPACE   NAME   CONTAINER     TYPE      HASH       WITHOUT-RESOURCES\n" +
		"Pod    shop        web    migrate       init      12272916   12272916\n" +
		"Pod    shop        web    app           regular   7a3eb187   fb06c1c\n"
	tests := []struct {
		args    []string
		stdout  string
		wantErr int
	}{
		{[]string{"hash", "-f", "examples/pod.yaml"}, table, 1},
		{[]string{"hash", "--no-defaults", "-f", "examples/pod.yaml"}, table, 4},
		{[]string{"hash", "--kubelet", "1.31", "-f", "examples/pod.yaml"}, table, 0},
		{[]string{"diff", "-o", "json", "examples/pod.yaml", "examples/pod-after.yaml"},
			`[{"kind":"Pod","name":"web","container":"app","type":"regular","oldHash":"7a3eb186","newHash":"9e972f62"}]`, 1},
	}
	for _, tt := range tests {
		if errs := c.check(t, transcript{where: "test", args: tt.args, stdout: tt.stdout}); len(errs) != tt.wantErr {
			t.Errorf("%q: %d errors %v, want %d", tt.args, len(errs), errs, tt.wantErr)
		}
	}
}

// TestREADMETranscriptsAreTheCommands runs the commands of the README's
// section on the command and compares their output with what it shows (an
// output it cuts short with "..." up to there).
func TestREADMETranscriptsAreTheCommands(t *testing.T) {
	readme, err := os.ReadFile(filepath.Join("..", "..", "README.md"))
	if err != nil {
		t.Fatal(err)
	}
	_, section, _ := strings.Cut(string(readme), "\n## The kubecontainer command\n")
	section, _, _ = strings.Cut(section, "\n## ")
	transcripts := readmeTranscripts(section)
	if len(transcripts) < 4 {
		t.Fatalf("found %d transcripts in the README", len(transcripts))
	}
	for _, tr := range transcripts {
		got := runBinary(t, e2eCase{args: tr.args})
		_, stdout, _ := strings.Cut(got, "--- stdout\n")
		stdout, _, _ = strings.Cut(stdout, "--- stderr\n")
		want, cut := strings.CutSuffix(tr.stdout, "...\n")
		if cut && strings.HasPrefix(stdout, want) || stdout == want {
			continue
		}
		t.Errorf("%s: the command prints\n%s\nthe README shows\n%s", tr.where, stdout, tr.stdout)
	}
}
