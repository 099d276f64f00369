package container

import (
	v1 "k8s.io/api/core/v1"

	"github.com/kubecontainer/kubecontainer/internal/expand"
)

// expansionRules are kubelet v1.27's: the byte after a lone "$" is
// re-encoded as a rune (see package internal/expand).
var expansionRules = expand.Options{}

// ExpandContainerCommandAndArgs returns the container's Command and Args with
// their $(VAR) references replaced by the values in envs; a reference to a
// name that envs does not define stays as written, "$$" becomes "$", and when
// envs defines a name more than once the last entry wins. Each result is nil
// when the container has no command (arguments), and otherwise a new slice
// of the same length. A nil container gives nil, nil.
func ExpandContainerCommandAndArgs(container *v1.Container, envs []EnvVar) (command []string, args []string) {
	return expand.ContainerCommandAndArgs(expansionRules, container, envs)
}

// ExpandContainerCommandOnlyStatic returns containerCommand with its $(VAR)
// references replaced by the Value fields of envs, the last entry of a name
// winning. Every entry counts, so a variable that has only a ValueFrom
// source is replaced by "" instead of being left as written; names not in
// envs stay as written. The result is nil when containerCommand is empty.
func ExpandContainerCommandOnlyStatic(containerCommand []string, envs []v1.EnvVar) (command []string) {
	return expand.CommandOnlyStatic(expansionRules, containerCommand, envs)
}

// ExpandContainerVolumeMounts returns the mount's SubPathExpr with its
// $(VAR) references replaced by the values in envs, the last entry of a name
// winning. Every referenced name must have a non-empty value: when some do
// not, the result is "" and the error names each of them once, in byte
// order ("missing value for A, B"). An empty SubPathExpr gives "", nil.
func ExpandContainerVolumeMounts(mount v1.VolumeMount, envs []EnvVar) (string, error) {
	return expand.SubPath(expansionRules, mount.SubPathExpr, envs)
}
