package container

import (
	"fmt"
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
	lookup := lookupEnvVars(envs)
	return expandEach(container.Command, lookup), expandEach(container.Args, lookup)
}

// ExpandContainerCommandOnlyStatic returns containerCommand with its $(VAR)
// references replaced by the Value fields of envs, the last entry of a name
// winning. Every entry counts, so a variable that has only a ValueFrom
// source is replaced by "" instead of being left as written; names not in
// envs stay as written. The result is nil when containerCommand is empty.
func ExpandContainerCommandOnlyStatic(containerCommand []string, envs []v1.EnvVar) (command []string) {
	return expandEach(containerCommand, func(name string) (string, bool) {
		for i := len(envs) - 1; i >= 0; i-- {
			if envs[i].Name == name {
				return envs[i].Value, true
			}
		}
		return "", false
	})
}

// ExpandContainerVolumeMounts returns the mount's SubPathExpr with its
// $(VAR) references replaced by the values in envs, the last entry of a name
// winning. Every referenced name must have a non-empty value: when some do
// not, the result is "" and the error names each of them once, in byte
// order ("missing value for A, B"). An empty SubPathExpr gives "", nil.
func ExpandContainerVolumeMounts(mount v1.VolumeMount, envs []EnvVar) (string, error) {
	lookup := lookupEnvVars(envs)
	var missing []string
	expanded := expand.Expand(mount.SubPathExpr, func(name string) (string, bool) {
		value, _ := lookup(name)
		if value == "" && !containsString(missing, name) {
			missing = append(missing, name)
		}
		return value, true
	})
	if len(missing) > 0 {
		sort.Strings(missing)
		return "", fmt.Errorf("missing value for %s", strings.Join(missing, ", "))
	}
	return expanded, nil
}

// lookupEnvVars returns a lookup of the last entry of envs with a given name.
// The lists are short, so a backward scan beats building a map.
func lookupEnvVars(envs []EnvVar) expand.Lookup {
	return func(name string) (string, bool) {
		for i := len(envs) - 1; i >= 0; i-- {
			if envs[i].Name == name {
				return envs[i].Value, true
			}
		}
		return "", false
	}
}

// expandEach returns a new slice holding the expansion of each element of
// list, or nil when list is empty.
func expandEach(list []string, lookup expand.Lookup) []string {
	if len(list) == 0 {
		return nil
	}
	expanded := make([]string, len(list))
	for i, s := range list {
		expanded[i] = expand.Expand(s, lookup)
	}
	return expanded
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
