package container

import (
	v1 "k8s.io/api/core/v1"

	"github.com/kubecontainer/kubecontainer/internal/expand"
)

// expansionRules returns kubelet v1.32's $(VAR) rules: the byte after a
// lone "$" is re-encoded as a rune, so "$é" gives invalid UTF-8 (see
// package internal/expand).
func expansionRules() expand.Options {
	return expand.Options{}
}

// ExpandContainerCommandAndArgs replaces the $(VAR) references of the
// container's Command and Args with values from envs, the last entry of a
// name winning; "$$" gives "$" and an unknown name stays as written. An
// empty Command (Args) gives nil; a nil container gives nil, nil.
func ExpandContainerCommandAndArgs(container *v1.Container, envs []EnvVar) (command []string, args []string) {
	return expand.ContainerCommandAndArgs(expansionRules(), container, envs)
}

// ExpandContainerCommandOnlyStatic replaces the references of
// containerCommand with the Value fields of envs: a variable with only a
// ValueFrom source gives "". An empty containerCommand gives nil.
func ExpandContainerCommandOnlyStatic(containerCommand []string, envs []v1.EnvVar) (command []string) {
	return expand.CommandOnlyStatic(expansionRules(), containerCommand, envs)
}

// ExpandContainerVolumeMounts expands the mount's SubPathExpr from envs.
// When a referenced name has no value or an empty one, it returns "" and
// "missing value for " with each such name once, sorted, joined by ", ".
func ExpandContainerVolumeMounts(mount v1.VolumeMount, envs []EnvVar) (string, error) {
	return expand.SubPath(expansionRules(), mount.SubPathExpr, envs)
}
