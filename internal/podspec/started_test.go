package podspec

import (
	"testing"

	v1 "k8s.io/api/core/v1"
)

func TestAnyRegularContainerStarted(t *testing.T) {
	spec := &v1.PodSpec{
		InitContainers: []v1.Container{{Name: "init"}},
		Containers:     []v1.Container{{Name: "app"}},
	}
	running := v1.ContainerState{Running: &v1.ContainerStateRunning{}}
	terminated := v1.ContainerState{Terminated: &v1.ContainerStateTerminated{}}
	waiting := v1.ContainerState{Waiting: &v1.ContainerStateWaiting{}}
	tests := []struct {
		name     string
		statuses []v1.ContainerStatus
		want     bool
	}{
		{"no statuses", nil, false},
		{"regular running", []v1.ContainerStatus{{Name: "app", State: running}}, true},
		{"regular terminated", []v1.ContainerStatus{{Name: "app", State: terminated}}, true},
		{"regular waiting", []v1.ContainerStatus{{Name: "app", State: waiting}}, false},
		{"init running", []v1.ContainerStatus{{Name: "init", State: running}}, false},
		{"unknown name", []v1.ContainerStatus{{Name: "other", State: running}}, false},
		{"any of several", []v1.ContainerStatus{{Name: "init", State: running}, {Name: "app", State: terminated}}, true},
	}
	for _, tt := range tests {
		if got := AnyRegularContainerStarted(spec, tt.statuses); got != tt.want {
			t.Errorf("%s: AnyRegularContainerStarted = %t, want %t", tt.name, got, tt.want)
		}
	}
}
