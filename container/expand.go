package container

import (
	"errors"
	"sort"
	"strings"

	v1 "k8s.io/api/core/v1"

	"github.com/kubecontainer/kubecontainer/internal/expand"
)

// ExpandContainerCommandAndArgs returns the container's Command and Args with
// their $(VAR) references replaced by the values in envs; a reference to a
// name that envs does not define stays as written, "$$" becomes "$", and when
// envs defines a name more than once the last entry wins. Each result is nil
// when the container has no command (arguments), and otherwise a new slice
// of the same length. A nil container gives nil, nil.
func ExpandContainerCommandAndArgs(container *v1.Container, envs []EnvVar) (command []string, args []string) {
	if container == nil {
		return nil, nil
	}
	index := newEnvVarIndex(envs)
	lookup := index.Lookup
	// Both results share one allocation; command's capacity ends where
	// args begins, so appending to one never writes into the other.
	results := make([]string, len(container.Command)+len(container.Args))
	n := len(container.Command)
	return expandInto(results[:n:n], container.Command, lookup), expandInto(results[n:], container.Args, lookup)
}

// ExpandContainerCommandOnlyStatic returns containerCommand with its $(VAR)
// references replaced by the Value fields of envs, the last entry of a name
// winning. Every entry counts, so a variable that has only a ValueFrom
// source is replaced by "" instead of being left as written; names not in
// envs stay as written. The result is nil when containerCommand is empty.
func ExpandContainerCommandOnlyStatic(containerCommand []string, envs []v1.EnvVar) (command []string) {
	results := make([]string, len(containerCommand))
	index := newAPIEnvVarIndex(envs)
	return expandInto(results, containerCommand, index.Lookup)
}

// ExpandContainerVolumeMounts returns the mount's SubPathExpr with its
// $(VAR) references replaced by the values in envs, the last entry of a name
// winning. Every referenced name must have a non-empty value: when some do
// not, the result is "" and the error names each of them once, in byte
// order ("missing value for A, B"). An empty SubPathExpr gives "", nil.
func ExpandContainerVolumeMounts(mount v1.VolumeMount, envs []EnvVar) (string, error) {
	index := newEnvVarIndex(envs)
	var missingArray [4]string
	missing := missingArray[:0]
	expanded := expand.Expand(mount.SubPathExpr, func(name string) (string, bool) {
		value, _ := index.Lookup(name)
		if value == "" && !containsString(missing, name) {
			missing = append(missing, name)
		}
		// A missing name is left as written, which spares building a
		// result that is dropped anyway.
		return value, value != ""
	})
	if len(missing) > 0 {
		return "", missingValueError(missing)
	}
	return expanded, nil
}

// missingValueError returns the error for the distinct names that have no
// value: "missing value for " and the names sorted, joined by ", ".
func missingValueError(names []string) error {
	sort.Strings(names)
	return errors.New("missing value for " + strings.Join(names, ", "))
}

// newEnvVarIndex returns an index of the last entry of each name in envs.
func newEnvVarIndex(envs []EnvVar) expand.Index[EnvVar] {
	return expand.NewIndex(envs, func(envs []EnvVar, name string) int {
		for i := len(envs) - 1; i >= 0; i-- {
			if envs[i].Name == name {
				return i
			}
		}
		return -1
	}, func(e *EnvVar) (string, string) { return e.Name, e.Value })
}

// newAPIEnvVarIndex returns an index of the last entry of each name in
// envs, mapped to its Value.
func newAPIEnvVarIndex(envs []v1.EnvVar) expand.Index[v1.EnvVar] {
	return expand.NewIndex(envs, func(envs []v1.EnvVar, name string) int {
		for i := len(envs) - 1; i >= 0; i-- {
			if envs[i].Name == name {
				return i
			}
		}
		return -1
	}, func(e *v1.EnvVar) (string, string) { return e.Name, e.Value })
}

// expandInto stores the expansion of each element of list in dst, which has
// the same length, and returns dst; or nil when list is empty.
func expandInto(dst, list []string, lookup expand.Lookup) []string {
	if len(list) == 0 {
		return nil
	}
	for i, s := range list {
		dst[i] = expand.Expand(s, lookup)
	}
	return dst
}

// containsString reports whether list holds s.
func containsString(list []string, s string) bool {
	for _, item := range list {
		if item == s {
			return true
		}
	}
	return false
}
