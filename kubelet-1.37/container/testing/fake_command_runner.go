package testing

import (
	"context"
	"sync"
	"time"

	"github.com/kubecontainer/kubecontainer/internal/fakes"
	kubecontainer "github.com/kubecontainer/kubecontainer/kubelet-1.37/container"
)

// FakeContainerCommandRunner is a kubecontainer.CommandRunner that returns
// Stdout and Err and remembers the last container and command it was given.
type FakeContainerCommandRunner struct {
	// Stdout is the output every call returns.
	Stdout string
	// Err is the error every call returns.
	Err error

	// ContainerID is the container of the last call.
	ContainerID kubecontainer.ContainerID
	// Cmd is the command of the last call (the caller's slice).
	Cmd []string

	// mu makes concurrent calls race-free; upstream has no lock.
	mu sync.Mutex
}

// RunInContainer stores containerID and cmd (without copying it) and
// returns []byte(Stdout), non-nil even when empty, with Err. The timeout is
// ignored.
func (f *FakeContainerCommandRunner) RunInContainer(_ context.Context, containerID kubecontainer.ContainerID, cmd []string, timeout time.Duration) ([]byte, error) {
	return fakes.RunInContainer(&f.mu, &f.ContainerID, &f.Cmd, containerID, cmd, f.Stdout), f.Err
}
