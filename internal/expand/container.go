package expand

import (
	"errors"
	"sort"
	"strings"

	v1 "k8s.io/api/core/v1"
)

// The functions below are the kubelet's three expansions, for every line;
// o selects the line's variant of the syntax.

// ContainerCommandAndArgs returns the container's Command and Args with
// their references replaced from envs, as ExpandContainerCommandAndArgs
// does: undefined references stay as written, and each result is nil when
// its list is empty. A nil container gives nil, nil.
func ContainerCommandAndArgs[E EnvVar](o Options, container *v1.Container, envs []E) (command, args []string) {
	if container == nil {
		return nil, nil
	}
	values := envValues[E, lineEnvVars[E]]{entries: envs}
	lookup := values.Lookup
	// Both results share one allocation; command's capacity ends where
	// args begins, so appending to one never writes into the other.
	results := make([]string, len(container.Command)+len(container.Args))
	n := len(container.Command)
	return o.expandInto(results[:n:n], container.Command, lookup), o.expandInto(results[n:], container.Args, lookup)
}

// CommandOnlyStatic returns command with its references replaced by the
// Value fields of envs, as ExpandContainerCommandOnlyStatic does: every
// entry counts, so a name with only a ValueFrom source becomes "". The
// result is nil when command is empty.
func CommandOnlyStatic(o Options, command []string, envs []v1.EnvVar) []string {
	results := make([]string, len(command))
	values := envValues[v1.EnvVar, apiEnvVars]{entries: envs}
	return o.expandInto(results, command, values.Lookup)
}

// SubPath returns expr with its references replaced from envs, as
// ExpandContainerVolumeMounts does with a mount's SubPathExpr. Every
// referenced name must have a non-empty value: when some do not, the result
// is "" and the error is "missing value for " followed by those names,
// each once, sorted and joined by ", ".
func SubPath[E EnvVar](o Options, expr string, envs []E) (string, error) {
	values := envValues[E, lineEnvVars[E]]{entries: envs}
	var missingArray [4]string
	missing := missingArray[:0]
	expanded := o.Expand(expr, func(name string) (string, bool) {
		value, _ := values.Lookup(name)
		if value == "" && !containsString(missing, name) {
			missing = append(missing, name)
		}
		// A missing name is left as written, which spares building a
		// result that is dropped anyway.
		return value, value != ""
	})
	if len(missing) > 0 {
		sort.Strings(missing)
		return "", errors.New("missing value for " + strings.Join(missing, ", "))
	}
	return expanded, nil
}

// expandInto stores the expansion of each element of list in dst, which has
// the same length, and returns dst; or nil when list is empty.
func (o Options) expandInto(dst, list []string, lookup Lookup) []string {
	if len(list) == 0 {
		return nil
	}
	for i, s := range list {
		dst[i] = o.Expand(s, lookup)
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
