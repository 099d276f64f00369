package container

import (
	"testing"

	v1 "k8s.io/api/core/v1"
)

// TestExpandKeepsWholeCharacters pins what changed since kubelet v1.27: a
// "$" before a non-ASCII character keeps the character, and a byte that
// is no UTF-8 becomes U+FFFD.
func TestExpandKeepsWholeCharacters(t *testing.T) {
	envs := []EnvVar{{Name: "A", Value: "x"}, {Name: "É", Value: "accent"}}
	tests := []struct{ in, want string }{
		{"$é", "$é"},
		{"prix: 5$€", "prix: 5$€"},
		{"$(É)/$(A)", "accent/x"},
		{"$\xff$(A)", "$\uFFFDx"},
		{"$\xe6\x97", "$\uFFFD\x97"},
	}
	for _, tt := range tests {
		command, args := ExpandContainerCommandAndArgs(&v1.Container{Command: []string{tt.in}, Args: []string{tt.in}}, envs)
		if command[0] != tt.want || args[0] != tt.want {
			t.Errorf("expansion of %q = %q, %q; want %q", tt.in, command[0], args[0], tt.want)
		}
		static := ExpandContainerCommandOnlyStatic([]string{tt.in}, []v1.EnvVar{{Name: "A", Value: "x"}, {Name: "É", Value: "accent"}})
		if static[0] != tt.want {
			t.Errorf("static expansion of %q = %q, want %q", tt.in, static[0], tt.want)
		}
		if sub, err := ExpandContainerVolumeMounts(v1.VolumeMount{SubPathExpr: tt.in}, envs); err != nil || sub != tt.want {
			t.Errorf("sub-path expansion of %q = %q, %v; want %q", tt.in, sub, err, tt.want)
		}
	}
}

func TestExpandNilAndEmpty(t *testing.T) {
	if command, args := ExpandContainerCommandAndArgs(nil, nil); command != nil || args != nil {
		t.Errorf("nil container gives %q, %q", command, args)
	}
	if command, args := ExpandContainerCommandAndArgs(&v1.Container{Command: []string{}}, nil); command != nil || args != nil {
		t.Errorf("empty lists give %#v, %#v", command, args)
	}
	if got, err := ExpandContainerVolumeMounts(v1.VolumeMount{SubPathExpr: "$(B)/$()/$(A)"}, []EnvVar{{Name: "A"}}); got != "" || err == nil ||
		err.Error() != "missing value for , A, B" {
		t.Errorf("missing names give %q, %v", got, err)
	}
}

func FuzzExpandContainerCommandAndArgs(f *testing.F) {
	lineExpansions.FuzzCommandAndArgs(f)
}

func FuzzExpandContainerVolumeMounts(f *testing.F) {
	lineExpansions.FuzzVolumeMounts(f)
}

var (
	expandSinkA, expandSinkB []string
	expandSinkS              string
	expandSinkErr            error
)

// BenchmarkExpand compares the three expansions with the plain references
// of helpercheck on the first 200 lines of each golden file.
func BenchmarkExpand(b *testing.B) {
	commands := decodeLines[struct {
		Container v1.Container `json:"container"`
		Envs      []EnvVar     `json:"envs"`
	}](b, "expand_command.jsonl", 200)
	statics := decodeLines[struct {
		Command []string    `json:"command"`
		Envs    []v1.EnvVar `json:"envs"`
	}](b, "expand_static.jsonl", 200)
	subpaths := decodeLines[struct {
		Mount v1.VolumeMount `json:"mount"`
		Envs  []EnvVar       `json:"envs"`
	}](b, "expand_subpath.jsonl", 200)
	x := lineExpansions
	runs := []struct {
		name string
		run  func(i int)
	}{
		{"func=CommandAndArgs/impl=ours", func(i int) {
			in := &commands[i%len(commands)]
			expandSinkA, expandSinkB = ExpandContainerCommandAndArgs(&in.Container, in.Envs)
		}},
		{"func=CommandAndArgs/impl=reference", func(i int) {
			in := &commands[i%len(commands)]
			expandSinkA, expandSinkB = x.ReferenceCommandAndArgs(&in.Container, in.Envs)
		}},
		{"func=CommandOnlyStatic/impl=ours", func(i int) {
			in := &statics[i%len(statics)]
			expandSinkA = ExpandContainerCommandOnlyStatic(in.Command, in.Envs)
		}},
		{"func=CommandOnlyStatic/impl=reference", func(i int) {
			in := &statics[i%len(statics)]
			expandSinkA = x.ReferenceCommandOnlyStatic(in.Command, in.Envs)
		}},
		{"func=VolumeMounts/impl=ours", func(i int) {
			in := &subpaths[i%len(subpaths)]
			expandSinkS, expandSinkErr = ExpandContainerVolumeMounts(in.Mount, in.Envs)
		}},
		{"func=VolumeMounts/impl=reference", func(i int) {
			in := &subpaths[i%len(subpaths)]
			expandSinkS, expandSinkErr = x.ReferenceVolumeMounts(in.Mount, in.Envs)
		}},
	}
	for _, r := range runs {
		b.Run(r.name, func(b *testing.B) {
			b.ReportAllocs()
			for i := 0; i < b.N; i++ {
				r.run(i)
			}
		})
	}
}

// decodeLines decodes the first n lines of the golden file name (of both
// sets) into values of type T.
func decodeLines[T any](tb testing.TB, name string, n int) []T {
	lines := readGolden(tb, name)
	if len(lines) > n {
		lines = lines[:n]
	}
	values := make([]T, len(lines))
	for i, line := range lines {
		line.Decode(tb, &values[i])
	}
	return values
}
