package helpercheck

import (
	"bytes"
	"fmt"
	"sort"
	"strings"
	"testing"

	v1 "k8s.io/api/core/v1"

	"github.com/kubecontainer/kubecontainer/internal/expand/reference"
	"github.com/kubecontainer/kubecontainer/internal/golden"
)

// EnvVar is satisfied by every line's EnvVar.
type EnvVar interface {
	~struct {
		Name  string
		Value string
	}
}

// Expansions are a line's three expansion functions and the rule it
// follows for the character after a "$".
type Expansions[E EnvVar] struct {
	CommandAndArgs    func(*v1.Container, []E) ([]string, []string)
	CommandOnlyStatic func([]string, []v1.EnvVar) []string
	VolumeMounts      func(v1.VolumeMount, []E) (string, error)
	// WholeCharacters is the line's expand.Options.WholeCharacters.
	WholeCharacters bool
}

// CheckCommand checks an expand_command.jsonl line.
func (x Expansions[E]) CheckCommand(tb testing.TB, line golden.Line) []string {
	var g struct {
		Container  v1.Container `json:"container"`
		Envs       []E          `json:"envs"`
		Command    []string     `json:"command"`
		Args       []string     `json:"args"`
		CommandRaw [][]byte     `json:"commandRaw"`
		ArgsRaw    [][]byte     `json:"argsRaw"`
	}
	line.Decode(tb, &g)
	command, args := x.CommandAndArgs(&g.Container, g.Envs)
	return append(diffList("command", command, g.Command, g.CommandRaw), diffList("args", args, g.Args, g.ArgsRaw)...)
}

// CheckStatic checks an expand_static.jsonl line.
func (x Expansions[E]) CheckStatic(tb testing.TB, line golden.Line) []string {
	var g struct {
		Command   []string    `json:"command"`
		Envs      []v1.EnvVar `json:"envs"`
		Result    []string    `json:"result"`
		ResultRaw [][]byte    `json:"resultRaw"`
	}
	line.Decode(tb, &g)
	return diffList("result", x.CommandOnlyStatic(g.Command, g.Envs), g.Result, g.ResultRaw)
}

// CheckSubpath checks an expand_subpath.jsonl line.
func (x Expansions[E]) CheckSubpath(tb testing.TB, line golden.Line) []string {
	var g struct {
		Mount     v1.VolumeMount `json:"mount"`
		Envs      []E            `json:"envs"`
		Result    string         `json:"result"`
		Error     string         `json:"error"`
		ResultRaw []byte         `json:"resultRaw"`
	}
	line.Decode(tb, &g)
	want := []byte(g.Result)
	if g.ResultRaw != nil {
		want = g.ResultRaw
	}
	result, err := x.VolumeMounts(g.Mount, g.Envs)
	if !bytes.Equal([]byte(result), want) || errorText(err) != g.Error {
		return []string{fmt.Sprintf("ExpandContainerVolumeMounts(%q) = %q, %q; want %q, %q",
			g.Mount.SubPathExpr, result, errorText(err), want, g.Error)}
	}
	return nil
}

// diffList compares a list an expansion returned with the golden one: nil
// must stay nil, and raw, when present, holds the exact bytes of every
// element (want then only has JSON's lossy rendering).
func diffList(what string, got, want []string, raw [][]byte) []string {
	if (got == nil) != (want == nil) || len(got) != len(want) || (raw != nil && len(raw) != len(want)) {
		return []string{fmt.Sprintf("%s = %#v, want %#v", what, got, want)}
	}
	for i := range want {
		wantBytes := []byte(want[i])
		if raw != nil {
			wantBytes = raw[i]
		}
		if !bytes.Equal([]byte(got[i]), wantBytes) {
			return []string{fmt.Sprintf("%s[%d] = %q, want %q", what, i, got[i], wantBytes)}
		}
	}
	return nil
}

// The reference implementations below are written the obvious way: a map
// of the environment built on every call, then the plain expansion of
// package reference. They are the baseline of the benchmarks and the
// oracle of the fuzz tests.

// ReferenceCommandAndArgs is ExpandContainerCommandAndArgs written plainly.
func (x Expansions[E]) ReferenceCommandAndArgs(container *v1.Container, envs []E) ([]string, []string) {
	mapping := wrapUndefined(envMap(envs))
	return x.referenceList(container.Command, mapping), x.referenceList(container.Args, mapping)
}

// ReferenceCommandOnlyStatic is ExpandContainerCommandOnlyStatic written
// plainly.
func (x Expansions[E]) ReferenceCommandOnlyStatic(command []string, envs []v1.EnvVar) []string {
	m := make(map[string]string, len(envs))
	for _, e := range envs {
		m[e.Name] = e.Value
	}
	return x.referenceList(command, wrapUndefined(m))
}

// ReferenceVolumeMounts is ExpandContainerVolumeMounts written plainly.
func (x Expansions[E]) ReferenceVolumeMounts(mount v1.VolumeMount, envs []E) (string, error) {
	m := envMap(envs)
	missing := map[string]bool{}
	expanded := reference.ExpandCharacters(mount.SubPathExpr, func(name string) string {
		value, ok := m[name]
		if !ok || value == "" {
			missing[name] = true
		}
		return value
	}, x.WholeCharacters)
	if len(missing) > 0 {
		names := make([]string, 0, len(missing))
		for name := range missing {
			names = append(names, name)
		}
		sort.Strings(names)
		return "", fmt.Errorf("missing value for %s", strings.Join(names, ", "))
	}
	return expanded, nil
}

// referenceList expands each element of list, or returns nil for an empty
// list.
func (x Expansions[E]) referenceList(list []string, mapping func(string) string) []string {
	if len(list) == 0 {
		return nil
	}
	out := make([]string, 0, len(list))
	for _, s := range list {
		out = append(out, reference.ExpandCharacters(s, mapping, x.WholeCharacters))
	}
	return out
}

// envMap maps each name of envs to the value of its last entry.
func envMap[E EnvVar](envs []E) map[string]string {
	m := make(map[string]string, len(envs))
	for _, e := range envs {
		pair := struct{ Name, Value string }(e)
		m[pair.Name] = pair.Value
	}
	return m
}

// wrapUndefined returns a mapping that leaves names m lacks as written.
func wrapUndefined(m map[string]string) func(string) string {
	return func(name string) string {
		if value, ok := m[name]; ok {
			return value
		}
		return reference.AsWritten(name)
	}
}
