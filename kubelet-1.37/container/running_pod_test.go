package container

import (
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	runtimeapi "k8s.io/cri-api/pkg/apis/runtime/v1"
)

func TestConvertPodStatusToRunningPod(t *testing.T) {
	running := &Status{
		ID: ContainerID{Type: "containerd", ID: "c1"}, Name: "app", State: ContainerStateRunning,
		Image: "nginx", ImageID: "sha256:1", ImageRef: "docker.io/library/nginx@sha256:1", ImageRuntimeHandler: "runc",
		Hash: 7, CreatedAt: time.Unix(1, 0), ExitCode: 3, RestartCount: 2, Reason: "r", Message: "m",
	}
	tests := []struct {
		name   string
		status *PodStatus
		want   Pod
	}{
		{
			name: "running containers and every sandbox",
			status: &PodStatus{
				ID: "uid", Name: "web", Namespace: "shop", IPs: []string{"10.0.0.1"}, TimeStamp: time.Unix(5, 0),
				ContainerStatuses:       []*Status{running, {Name: "done", State: ContainerStateExited}},
				ActiveContainerStatuses: []*Status{{Name: "active", State: ContainerStateRunning}},
				SandboxStatuses: []*runtimeapi.PodSandboxStatus{
					{Id: "s1", State: runtimeapi.PodSandboxState_SANDBOX_NOTREADY, CreatedAt: 9, Metadata: &runtimeapi.PodSandboxMetadata{Name: "web"}},
					{Id: "s2", State: 7},
				},
			},
			want: Pod{
				ID: "uid", Name: "web", Namespace: "shop",
				Containers: []*Container{{ID: running.ID, Name: "app", Image: "nginx", ImageID: "sha256:1",
					ImageRef: "docker.io/library/nginx@sha256:1", ImageRuntimeHandler: "runc", Hash: 7, State: ContainerStateRunning}},
				Sandboxes: []*Container{
					{ID: ContainerID{Type: "cri", ID: "s1"}, State: ContainerStateExited},
					{ID: ContainerID{Type: "cri", ID: "s2"}, State: ContainerStateUnknown},
				},
			},
		},
		{
			name: "nothing to convert leaves nil lists",
			status: &PodStatus{ID: "uid", ContainerStatuses: []*Status{{State: ContainerStateCreated}},
				SandboxStatuses: []*runtimeapi.PodSandboxStatus{}},
			want: Pod{ID: "uid"},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			assert.Equal(t, tt.want, ConvertPodStatusToRunningPod("cri", tt.status))
		})
	}
}

func TestSandboxToContainerState(t *testing.T) {
	for state, want := range map[runtimeapi.PodSandboxState]State{
		runtimeapi.PodSandboxState_SANDBOX_READY:    ContainerStateRunning,
		runtimeapi.PodSandboxState_SANDBOX_NOTREADY: ContainerStateExited,
		99: ContainerStateUnknown,
		-1: ContainerStateUnknown,
	} {
		assert.Equal(t, want, SandboxToContainerState(state), "state %d", state)
	}
}
