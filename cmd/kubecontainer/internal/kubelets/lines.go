package kubelets

import (
	v1 "k8s.io/api/core/v1"

	container127 "github.com/kubecontainer/kubecontainer/container"
	"github.com/kubecontainer/kubecontainer/internal/expand"
	container129 "github.com/kubecontainer/kubecontainer/kubelet-1.29/container"
	container132 "github.com/kubecontainer/kubecontainer/kubelet-1.32/container"
	container135 "github.com/kubecontainer/kubecontainer/kubelet-1.35/container"
	container136 "github.com/kubecontainer/kubecontainer/kubelet-1.36/container"
	container137 "github.com/kubecontainer/kubecontainer/kubelet-1.37/container"
)

// lines returns the functions of the library's kubelet lines, by minor.
// Adding a line is adding its entry, and its module to go.mod and go.work.
func lines() map[int]line {
	return map[int]line{
		27: newLine(container127.HashContainer, container127.HashContainerWithoutResources, container127.ExpandContainerCommandAndArgs),
		29: newLine(container129.HashContainer, container129.HashContainerWithoutResources, container129.ExpandContainerCommandAndArgs),
		32: newLine(container132.HashContainer, nil, container132.ExpandContainerCommandAndArgs),
		35: newLine(container135.HashContainer, nil, container135.ExpandContainerCommandAndArgs),
		36: newLine(container136.HashContainer, nil, container136.ExpandContainerCommandAndArgs),
		37: newLine(container137.HashContainer, nil, container137.ExpandContainerCommandAndArgs),
	}
}

// A line is the functions of one kubelet line that the command calls.
type line struct {
	hash func(*v1.Container) uint64
	// hashWithoutResources is nil for the lines from v1.31, which have
	// no such hash.
	hashWithoutResources func(*v1.Container) uint64
	expand               func(*v1.Container, []EnvVar) (command, args []string)
}

// newLine returns the line of the given functions; expandCommandAndArgs
// takes the line's own EnvVar type.
func newLine[E expand.EnvVar](hash, hashWithoutResources func(*v1.Container) uint64,
	expandCommandAndArgs func(*v1.Container, []E) (command, args []string)) line {
	return line{
		hash:                 hash,
		hashWithoutResources: hashWithoutResources,
		expand: func(c *v1.Container, env []EnvVar) (command, args []string) {
			lineEnv := make([]E, len(env))
			for i, e := range env {
				lineEnv[i] = E(e)
			}
			return expandCommandAndArgs(c, lineEnv)
		},
	}
}
