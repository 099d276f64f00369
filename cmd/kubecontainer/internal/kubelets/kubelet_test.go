package kubelets

import (
	"encoding/base64"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"

	v1 "k8s.io/api/core/v1"

	"github.com/kubecontainer/kubecontainer/containerhash"
	"github.com/kubecontainer/kubecontainer/internal/golden"
)

func TestParse(t *testing.T) {
	const badSyntax = `invalid kubelet version %q (want 1.MINOR or 1.MINOR.PATCH, e.g. 1.27 or v1.31.2; supported: 1.27 (the default) to 1.37)`
	const tooOld = `kubelet version %q is not supported: this build answers for kubelets 1.27 (the default) to 1.37`
	const unknown = `kubelet version %q is unknown to this build: it answers for kubelets 1.27 (the default) to 1.37`
	tests := []struct {
		input     string
		wantMinor int
		wantErr   string
	}{
		{input: "1.27", wantMinor: 27},
		{input: "v1.27", wantMinor: 27},
		{input: "1.27.16", wantMinor: 27},
		{input: "1.28", wantMinor: 28},
		{input: "1.30.4", wantMinor: 30},
		{input: "v1.35.0", wantMinor: 35},
		{input: "1.37", wantMinor: 37},
		{input: "1.26", wantErr: tooOld},
		{input: "1.0", wantErr: tooOld},
		{input: "1.38", wantErr: unknown},
		{input: "1.99", wantErr: unknown},
		{input: "", wantErr: badSyntax},
		{input: "1", wantErr: badSyntax},
		{input: "2.0", wantErr: badSyntax},
		{input: "1.+27", wantErr: badSyntax},
		{input: "1.0027", wantErr: badSyntax},
		{input: "01.27", wantErr: badSyntax},
		{input: "1.27.01", wantErr: badSyntax},
		{input: "V1.27", wantErr: badSyntax},
		{input: " 1.27", wantErr: badSyntax},
		{input: "1.27\n", wantErr: badSyntax},
		{input: "1.27.1.2", wantErr: badSyntax},
		{input: "1.27.99999", wantErr: badSyntax},
	}
	for _, tt := range tests {
		got, err := Parse(tt.input)
		switch {
		case tt.wantErr != "":
			if want := fmt.Sprintf(tt.wantErr, tt.input); err == nil || err.Error() != want {
				t.Errorf("Parse(%q) error = %v, want %q", tt.input, err, want)
			}
		case err != nil:
			t.Errorf("Parse(%q): %v", tt.input, err)
		case got.Minor() != tt.wantMinor || got.String() != fmt.Sprintf("kubelet v1.%d", tt.wantMinor):
			t.Errorf("Parse(%q) = %v, want 1.%d", tt.input, got, tt.wantMinor)
		}
	}
}

// FuzzParse checks that every accepted version is 1.27 to 1.37 in the
// strict syntax.
func FuzzParse(f *testing.F) {
	for _, s := range []string{"1.27", "v1.31.2", "1.+27", "1.0027", "1.99", "1.26", "v1.37.0"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		k, err := Parse(s)
		if err != nil {
			return
		}
		if k.Minor() < 27 || k.Minor() > 37 {
			t.Fatalf("Parse(%q) = %v", s, k)
		}
		if canonical := fmt.Sprintf("1.%d", k.Minor()); !strings.HasPrefix(strings.TrimPrefix(s, "v"), canonical) {
			t.Fatalf("Parse(%q) accepted a version that does not start with %s", s, canonical)
		}
	})
}

func TestLinesWired(t *testing.T) {
	for minor := containerhash.OldestMinor; minor <= containerhash.NewestMinor; minor++ {
		k, err := New(minor)
		if err != nil {
			t.Fatal(err)
		}
		_, want := lines()[minor]
		if k.HasLine() != want || k.HasHashWithoutResources() != (minor <= 30) {
			t.Errorf("v1.%d: HasLine %v, HasHashWithoutResources %v", minor, k.HasLine(), k.HasHashWithoutResources())
		}
		if other := k.Other(); (other.Minor() == 31) != (minor <= 30) || other.Minor() != 31 && other.Minor() != 27 {
			t.Errorf("v1.%d: Other() = %v", minor, other)
		}
	}
	for _, minor := range []int{27, 29, 32, 35, 36, 37} {
		if _, ok := lines()[minor]; !ok {
			t.Errorf("the line of v1.%d is not wired", minor)
		}
	}
}

// goldenDirs returns the golden sets of the line of minor in the
// repository, or none.
func goldenDirs(minor int) []string {
	line := filepath.Join("..", "..", "..", "..", fmt.Sprintf("kubelet-1.%d", minor), "container", "testdata")
	if minor == 27 {
		line = filepath.Join("..", "..", "..", "..", "container", "testdata")
	}
	var dirs []string
	for _, dir := range []string{line, filepath.Join(line, "shared")} {
		if _, err := os.Stat(filepath.Join(dir, "manifest.json")); err == nil {
			dirs = append(dirs, dir)
		}
	}
	return dirs
}

// TestHashGolden checks Hash of every minor with golden data against it:
// through the line's functions where wired, else through containerhash.
func TestHashGolden(t *testing.T) {
	for minor := containerhash.OldestMinor; minor <= containerhash.NewestMinor; minor++ {
		dirs := goldenDirs(minor)
		if len(dirs) == 0 {
			continue
		}
		k, _ := New(minor)
		n := 0
		for _, line := range golden.ReadSets(t, dirs, "hash.jsonl") {
			var g struct {
				Container            v1.Container `json:"container"`
				Hash                 uint64       `json:"hash"`
				HashWithoutResources *uint64      `json:"hashWithoutResources"`
			}
			line.Decode(t, &g)
			got, err := k.Hash(&g.Container)
			if err != nil || got.Hash != g.Hash || got.HasWithoutResources != (g.HashWithoutResources != nil) ||
				got.HasWithoutResources && got.WithoutResources != *g.HashWithoutResources {
				t.Errorf("%s: %+v, %v", line.Where, got, err)
			}
			n++
		}
		t.Logf("v1.%d (line wired: %v): %d golden hashes", minor, k.HasLine(), n)
	}
}

// TestExpandGolden checks the expansion of every minor against the golden
// expand_command.jsonl of the lines: each line's own, and for a minor
// without a line, that of the lines whose rule its rule is (1.29 and 1.32
// for v1.28 to v1.31, 1.35 to 1.37 for 1.35 and later).
func TestExpandGolden(t *testing.T) {
	sameRule := map[int][]int{27: {27}, 28: {29}, 29: {29}, 30: {29, 32}, 31: {32}, 32: {32},
		35: {35, 36, 37}, 36: {36, 37}, 37: {37}}
	for minor := containerhash.OldestMinor; minor <= containerhash.NewestMinor; minor++ {
		sources, ok := sameRule[minor]
		if !ok {
			continue
		}
		k, _ := New(minor)
		n := 0
		for _, source := range sources {
			for _, line := range golden.ReadSets(t, goldenDirs(source), "expand_command.jsonl") {
				var g struct {
					Container  v1.Container `json:"container"`
					Envs       []EnvVar     `json:"envs"`
					Command    []string     `json:"command"`
					Args       []string     `json:"args"`
					CommandRaw []string     `json:"commandRaw"`
					ArgsRaw    []string     `json:"argsRaw"`
				}
				line.Decode(t, &g)
				command, args, err := k.ExpandCommandAndArgs(&g.Container, g.Envs)
				if err != nil {
					t.Fatalf("v1.%d: %s: %v", minor, line.Where, err)
				}
				if !reflect.DeepEqual(command, exact(t, g.Command, g.CommandRaw)) || !reflect.DeepEqual(args, exact(t, g.Args, g.ArgsRaw)) {
					t.Errorf("v1.%d: %s: %q %q", minor, line.Where, command, args)
				}
				n++
			}
		}
		if n == 0 && len(goldenDirs(sources[0])) > 0 {
			t.Errorf("v1.%d: no golden line read", minor)
		}
		t.Logf("v1.%d (line wired: %v): %d golden expansions", minor, k.HasLine(), n)
	}
}

// exact returns the exact bytes of a golden result: raw, base64, when the
// line has it (some element is not valid UTF-8), else list.
func exact(t *testing.T, list, raw []string) []string {
	t.Helper()
	if raw == nil {
		return list
	}
	out := make([]string, len(raw))
	for i, r := range raw {
		b, err := base64.StdEncoding.DecodeString(r)
		if err != nil {
			t.Fatal(err)
		}
		out[i] = string(b)
	}
	return out
}

func TestUnknownExpansion(t *testing.T) {
	c := &v1.Container{Command: []string{"a$\u00e9b"}, Args: []string{"$(X)"}}
	plain := &v1.Container{Command: []string{"$$(X) $(X) é"}}
	env := []EnvVar{{Name: "X", Value: "x"}}
	for _, minor := range []int{33, 34} {
		k, _ := New(minor)
		if _, _, err := k.ExpandCommandAndArgs(c, env); !errors.Is(err, errUnknownExpansion) {
			t.Errorf("v1.%d: error %v, want errUnknownExpansion", minor, err)
		}
		command, _, err := k.ExpandCommandAndArgs(plain, env)
		if err != nil || !reflect.DeepEqual(command, []string{"$(X) x é"}) {
			t.Errorf("v1.%d: %q, %v", minor, command, err)
		}
	}
	for minor, want := range map[int]string{32: "a$\xc3\x83\xa9b", 35: "a$\u00e9b", 37: "a$\u00e9b"} {
		k, _ := New(minor)
		command, _, err := k.ExpandCommandAndArgs(c, env)
		if err != nil || command[0] != want {
			t.Errorf("v1.%d: %q, %v; want %q", minor, command, err, want)
		}
	}
}

// FuzzExpandCommandAndArgs checks every version's expansion of an argument
// with a variable: a version with a line expands as its line's function, a
// version without one as the rule its neighbours' lines have, and v1.33
// and v1.34 refuse exactly what the two rules expand differently. The
// seeds hold the "$" before a non-ASCII character of issue 15.
func FuzzExpandCommandAndArgs(f *testing.F) {
	for _, s := range []string{"a$\u00e9b", "$(X)", "$$(X)", "$\xff", "$(", "price: 5$\u20ac", "$(X)$\u00e9$(Y"} {
		f.Add(s, "x")
	}
	f.Fuzz(func(t *testing.T, arg, value string) {
		c := &v1.Container{Args: []string{arg}}
		env := []EnvVar{{Name: "X", Value: value}}
		results := map[int]string{}
		for minor := containerhash.OldestMinor; minor <= containerhash.NewestMinor; minor++ {
			k, _ := New(minor)
			_, args, err := k.ExpandCommandAndArgs(c, env)
			if err != nil {
				if minor != 33 && minor != 34 {
					t.Fatalf("v1.%d: %v", minor, err)
				}
				continue
			}
			results[minor] = args[0]
		}
		for _, minor := range []int{28, 30, 31} {
			if results[minor] != results[27] {
				t.Fatalf("v1.%d expands %q as %q, v1.27 as %q", minor, arg, results[minor], results[27])
			}
		}
		for _, minor := range []int{33, 34} {
			got, ok := results[minor]
			if differ := results[32] != results[35]; ok == differ || ok && got != results[32] {
				t.Fatalf("v1.%d: %q, %v; v1.32 gives %q, v1.35 %q", minor, got, ok, results[32], results[35])
			}
		}
	})
}
