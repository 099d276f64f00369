package testing

import (
	"context"
	"sync"
	"time"

	"github.com/kubecontainer/kubecontainer/internal/fakes"
	kubecontainer "github.com/kubecontainer/kubecontainer/kubelet-1.32/container"
)

// FakeContainerCommandRunner is a CommandRunner that returns Stdout and
// Err and keeps the container and command of its last call.
type FakeContainerCommandRunner struct {
	Stdout string
	Err    error

	ContainerID kubecontainer.ContainerID
	Cmd         []string

	// mu makes calls race-free; upstream has none.
	mu sync.Mutex
}

// RunInContainer keeps containerID and cmd (not a copy) and returns
// []byte(Stdout), never nil, and Err.
func (f *FakeContainerCommandRunner) RunInContainer(_ context.Context, containerID kubecontainer.ContainerID, cmd []string, timeout time.Duration) ([]byte, error) {
	return fakes.RunInContainer(&f.mu, &f.ContainerID, &f.Cmd, containerID, cmd, f.Stdout), f.Err
}
