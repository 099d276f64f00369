package testing

import (
	"context"
	"sync"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"

	kubecontainer "github.com/kubecontainer/kubecontainer/container"
	"github.com/kubecontainer/kubecontainer/internal/waitfor"
)

func TestFakeContainerCommandRunner(t *testing.T) {
	tests := []struct {
		name   string
		stdout string
		err    error
	}{
		{"output", "hello\n", nil},
		{"output and error", "partial", errFake},
		{"empty output is non-nil", "", nil},
	}
	for _, tt := range tests {
		tt := tt
		t.Run(tt.name, func(t *testing.T) {
			f := &FakeContainerCommandRunner{Stdout: tt.stdout, Err: tt.err}
			id := kubecontainer.ContainerID{Type: "containerd", ID: "abc"}
			cmd := []string{"ls", "-l"}
			out, err := f.RunInContainer(context.Background(), id, cmd, time.Second)
			assert.Equal(t, tt.err, err)
			assert.Equal(t, []byte(tt.stdout), out)
			assert.NotNil(t, out)
			assert.Equal(t, id, f.ContainerID)
			assert.Same(t, &cmd[0], &f.Cmd[0], "the caller's slice is kept")
		})
	}
}

func TestFakeContainerCommandRunnerOverwrites(t *testing.T) {
	f := &FakeContainerCommandRunner{}
	_, _ = f.RunInContainer(context.Background(), kubecontainer.ContainerID{ID: "1"}, []string{"a"}, 0)
	_, _ = f.RunInContainer(context.Background(), kubecontainer.ContainerID{ID: "2"}, nil, 0)
	assert.Equal(t, kubecontainer.ContainerID{ID: "2"}, f.ContainerID)
	assert.Nil(t, f.Cmd)
}

func TestFakeContainerCommandRunnerConcurrentUse(t *testing.T) {
	f := &FakeContainerCommandRunner{Stdout: "ok"}
	var wg sync.WaitGroup
	for i := 0; i < 8; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			_, _ = f.RunInContainer(context.Background(), kubecontainer.ContainerID{}, []string{"true"}, 0)
		}()
	}
	waitfor.Group(t, &wg, "the concurrent RunInContainer calls")
	assert.Equal(t, []string{"true"}, f.Cmd)
}
