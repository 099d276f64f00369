package helpercheck

import (
	"strings"
	"testing"

	v1 "k8s.io/api/core/v1"
)

// expandFuzzSeeds are texts with two env entries.
var expandFuzzSeeds = []struct{ text, name1, value1, name2, value2 string }{
	{"", "A", "a", "B", "b"},
	{"$(POD_NAMESPACE)/$(POD_NAME)", "POD_NAME", "web-0", "POD_NAMESPACE", "prod"},
	{"$(A)/$(B)", "A", "a", "B", ""},
	{"$(A)/$(A)", "A", "first", "A", ""},
	{"$(B)$(A)$()", "C", "c", "", ""},
	{"$$(A)", "A", "a", "A", "again"},
	{"$($(A)", "$(A", "inner", "A", "a"},
	{"$((A)", "(A", "paren", "", "empty-name"},
	{"$(A", "A", "a", "B", "b"},
	{"$ $é $\xff $", "A", "a", "B", "b"},
	{"$\xe6\x97(A) $\x80$(A) $😀", "A", "a", "B", "b"},
	{"$(A)", "A", "$(B)", "B", "b"},
}

// envs returns the two entries a fuzz input defines.
func envs[E EnvVar](name1, value1, name2, value2 string) []E {
	return []E{
		E(struct{ Name, Value string }{name1, value1}),
		E(struct{ Name, Value string }{name2, value2}),
	}
}

// FuzzVolumeMounts compares the line's ExpandContainerVolumeMounts with
// the map-per-call reference, and checks that it fails exactly when it
// returns "" with the error text of the missing names, and that without
// an error it expands as a command would.
func (x Expansions[E]) FuzzVolumeMounts(f *testing.F) {
	for _, s := range expandFuzzSeeds {
		f.Add(s.text, s.name1, s.value1, s.name2, s.value2)
	}
	f.Fuzz(func(t *testing.T, expr, name1, value1, name2, value2 string) {
		envs := envs[E](name1, value1, name2, value2)
		mount := v1.VolumeMount{Name: "volume", MountPath: "/data", SubPathExpr: expr}
		got, err := x.VolumeMounts(mount, envs)
		want, wantErr := x.ReferenceVolumeMounts(mount, envs)
		if got != want || errorText(err) != errorText(wantErr) {
			t.Fatalf("ExpandContainerVolumeMounts(%q, %q) = %q, %v; reference gives %q, %v",
				expr, envs, got, err, want, wantErr)
		}
		if err != nil {
			if got != "" || !strings.HasPrefix(err.Error(), "missing value for ") {
				t.Fatalf("ExpandContainerVolumeMounts(%q, %q) = %q, %v", expr, envs, got, err)
			}
			return
		}
		command, _ := x.CommandAndArgs(&v1.Container{Command: []string{expr}}, envs)
		if got != command[0] {
			t.Fatalf("ExpandContainerVolumeMounts(%q, %q) = %q, but the command expands to %q", expr, envs, got, command[0])
		}
	})
}

// FuzzCommandAndArgs compares the line's ExpandContainerCommandAndArgs and
// ExpandContainerCommandOnlyStatic with the map-per-call reference, and
// checks that the two agree when no entry has a ValueFrom source.
func (x Expansions[E]) FuzzCommandAndArgs(f *testing.F) {
	for _, s := range expandFuzzSeeds {
		f.Add(s.text, s.name1, s.value1, s.name2, s.value2)
	}
	f.Fuzz(func(t *testing.T, text, name1, value1, name2, value2 string) {
		envs := envs[E](name1, value1, name2, value2)
		container := &v1.Container{Command: []string{text, "$(" + name1 + ")"}, Args: []string{text}}
		command, args := x.CommandAndArgs(container, envs)
		wantCommand, wantArgs := x.ReferenceCommandAndArgs(container, envs)
		if !equalStrings(command, wantCommand) || !equalStrings(args, wantArgs) {
			t.Fatalf("ExpandContainerCommandAndArgs(%q, %q) = %q, %q; reference gives %q, %q",
				container.Command, envs, command, args, wantCommand, wantArgs)
		}
		apiEnvs := []v1.EnvVar{{Name: name1, Value: value1}, {Name: name2, Value: value2}}
		static := x.CommandOnlyStatic(container.Command, apiEnvs)
		if !equalStrings(static, command) {
			t.Fatalf("ExpandContainerCommandOnlyStatic(%q, %q) = %q, ExpandContainerCommandAndArgs gives %q",
				container.Command, envs, static, command)
		}
	})
}

// equalStrings reports whether a and b hold the same strings and are both
// nil or both non-nil.
func equalStrings(a, b []string) bool {
	if (a == nil) != (b == nil) || len(a) != len(b) {
		return false
	}
	for i := range a {
		if a[i] != b[i] {
			return false
		}
	}
	return true
}
