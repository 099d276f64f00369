package container

import (
	v1 "k8s.io/api/core/v1"

	"github.com/kubecontainer/kubecontainer/internal/expand"
)

// expansionRules returns kubelet v1.35's rules: a "$" followed by a
// non-ASCII character keeps the whole character.
func expansionRules() expand.Options { return expand.Options{WholeCharacters: true} }

// ExpandContainerCommandAndArgs expands the $(VAR) references of the
// container's Command and Args from envs ("$$" is "$"); a nil container
// gives nil, nil where the kubelet panics.
func ExpandContainerCommandAndArgs(container *v1.Container, envs []EnvVar) (command []string, args []string) {
	return expand.ContainerCommandAndArgs(expansionRules(), container, envs)
}

// ExpandContainerCommandOnlyStatic expands containerCommand from the Value
// of each entry of envs, even one with a ValueFrom source.
func ExpandContainerCommandOnlyStatic(containerCommand []string, envs []v1.EnvVar) (command []string) {
	return expand.CommandOnlyStatic(expansionRules(), containerCommand, envs)
}

// ExpandContainerVolumeMounts expands the mount's SubPathExpr from envs; a
// name without a value gives "" and the error "missing value for <names>".
func ExpandContainerVolumeMounts(mount v1.VolumeMount, envs []EnvVar) (string, error) {
	return expand.SubPath(expansionRules(), mount.SubPathExpr, envs)
}
