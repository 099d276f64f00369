package container

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

func TestPodStatusLookups(t *testing.T) {
	status := &PodStatus{
		ContainerStatuses: []*Status{
			{Name: "app", State: ContainerStateExited},
			{Name: "app", State: ContainerStateRunning},
			{Name: "db", State: ContainerStateRunning},
		},
		ActiveContainerStatuses: []*Status{
			{Name: "db", State: ContainerStateCreated},
			{Name: "db"},
		},
	}
	tests := []struct {
		name string
		got  *Status
		want *Status
	}{
		{"first of two statuses", status.FindContainerStatusByName("app"), status.ContainerStatuses[0]},
		{"missing", status.FindContainerStatusByName("web"), nil},
		{"active, first of two", status.FindActiveContainerStatusByName("db"), status.ActiveContainerStatuses[0]},
		{"active only searches active statuses", status.FindActiveContainerStatusByName("app"), nil},
		{"empty status", (&PodStatus{}).FindActiveContainerStatusByName(""), nil},
	}
	for _, tt := range tests {
		assert.Same(t, tt.want, tt.got, tt.name)
	}
}

func TestPodStatusGetRunningContainerStatuses(t *testing.T) {
	status := &PodStatus{ContainerStatuses: []*Status{
		{Name: "a", State: ContainerStateRunning},
		{Name: "b", State: ContainerStateUnknown},
		{Name: "c", State: ContainerStateRunning},
	}, ActiveContainerStatuses: []*Status{{Name: "d", State: ContainerStateRunning}}}
	assert.Equal(t, []*Status{status.ContainerStatuses[0], status.ContainerStatuses[2]}, status.GetRunningContainerStatuses())
	none := (&PodStatus{ContainerStatuses: []*Status{{State: ContainerStateExited}}}).GetRunningContainerStatuses()
	assert.NotNil(t, none)
	assert.Empty(t, none)
}
