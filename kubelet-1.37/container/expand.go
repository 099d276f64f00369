package container

import (
	v1 "k8s.io/api/core/v1"

	"github.com/kubecontainer/kubecontainer/internal/expand"
)

// expansionRules returns kubelet v1.37's rules: a "$" followed by a
// non-ASCII character keeps that character whole.
func expansionRules() expand.Options {
	return expand.Options{WholeCharacters: true}
}

// ExpandContainerCommandAndArgs expands the $(VAR) references of the
// container's Command and Args from envs, as the kubelet does before it
// starts the container. "$$" stands for a literal "$"; a name envs does not
// define is left as written; a name defined twice takes its last value.
// An empty Command (Args) gives a nil command (args). A nil container
// gives nil, nil instead of the kubelet's panic.
func ExpandContainerCommandAndArgs(container *v1.Container, envs []EnvVar) (command []string, args []string) {
	return expand.ContainerCommandAndArgs(expansionRules(), container, envs)
}

// ExpandContainerCommandOnlyStatic expands containerCommand from the
// static values of a container's env list: each entry stands for its Value
// even when it has a ValueFrom source, so such a reference becomes "".
// Names without an entry are left as written. An empty containerCommand
// gives nil.
func ExpandContainerCommandOnlyStatic(containerCommand []string, envs []v1.EnvVar) (command []string) {
	return expand.CommandOnlyStatic(expansionRules(), containerCommand, envs)
}

// ExpandContainerVolumeMounts expands the mount's SubPathExpr from envs.
// A referenced name without a non-empty value fails the expansion: the
// result is then "" and the error is "missing value for " with every such
// name once, sorted and joined by ", ".
func ExpandContainerVolumeMounts(mount v1.VolumeMount, envs []EnvVar) (string, error) {
	return expand.SubPath(expansionRules(), mount.SubPathExpr, envs)
}
