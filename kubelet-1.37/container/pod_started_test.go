package container

import (
	"testing"

	"github.com/stretchr/testify/assert"
	v1 "k8s.io/api/core/v1"
)

func TestHasAnyRegularContainerStarted(t *testing.T) {
	spec := &v1.PodSpec{InitContainers: []v1.Container{{Name: "init"}}, Containers: []v1.Container{{Name: "app"}}}
	running := v1.ContainerState{Running: &v1.ContainerStateRunning{}}
	tests := []struct {
		name     string
		statuses []v1.ContainerStatus
		want     bool
	}{
		{"no statuses", nil, false},
		{"regular running", []v1.ContainerStatus{{Name: "app", State: running}}, true},
		{"regular terminated", []v1.ContainerStatus{terminated("app", 0)}, true},
		{"regular waiting", []v1.ContainerStatus{{Name: "app", State: v1.ContainerState{Waiting: &v1.ContainerStateWaiting{}}}}, false},
		{"init running", []v1.ContainerStatus{{Name: "init", State: running}}, false},
		{"unknown name running", []v1.ContainerStatus{{Name: "other", State: running}}, false},
	}
	for _, tt := range tests {
		assert.Equal(t, tt.want, HasAnyRegularContainerStarted(spec, tt.statuses), tt.name)
	}
}

func TestHasAnyActiveRegularContainerStarted(t *testing.T) {
	spec := &v1.PodSpec{InitContainers: []v1.Container{{Name: "init"}}, Containers: []v1.Container{{Name: "app"}}}
	tests := []struct {
		name   string
		status *PodStatus
		want   bool
	}{
		{"nil status", nil, false},
		{"no active statuses", &PodStatus{ContainerStatuses: []*Status{{Name: "app", State: ContainerStateRunning}}}, false},
		{"active regular in any state", &PodStatus{ActiveContainerStatuses: []*Status{{Name: "app", State: ContainerStateCreated}}}, true},
		{"active init only", &PodStatus{ActiveContainerStatuses: []*Status{{Name: "init", State: ContainerStateRunning}}}, false},
	}
	for _, tt := range tests {
		assert.Equal(t, tt.want, HasAnyActiveRegularContainerStarted(spec, tt.status), tt.name)
	}
}
