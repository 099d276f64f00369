package container

import (
	"sort"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	runtimeapi "k8s.io/cri-api/pkg/apis/runtime/v1"
)

func TestPodStatusFindContainerStatusByName(t *testing.T) {
	status := &PodStatus{ContainerStatuses: []*Status{
		{Name: "app", State: ContainerStateRunning},
		{Name: "app", State: ContainerStateExited},
		{Name: "sidecar"},
	}}
	assert.Same(t, status.ContainerStatuses[0], status.FindContainerStatusByName("app"), "first match wins")
	assert.Same(t, status.ContainerStatuses[2], status.FindContainerStatusByName("sidecar"))
	assert.Nil(t, status.FindContainerStatusByName("missing"))
	assert.Nil(t, (&PodStatus{}).FindContainerStatusByName(""))
}

func TestPodStatusGetRunningContainerStatuses(t *testing.T) {
	status := &PodStatus{ContainerStatuses: []*Status{
		{Name: "a", State: ContainerStateRunning},
		{Name: "b", State: ContainerStateExited},
		{Name: "c", State: ContainerStateRunning},
	}}
	got := status.GetRunningContainerStatuses()
	require.Len(t, got, 2)
	assert.Same(t, status.ContainerStatuses[0], got[0])
	assert.Same(t, status.ContainerStatuses[2], got[1])
}

func TestPodStatusGetRunningContainerStatusesNone(t *testing.T) {
	got := (&PodStatus{ContainerStatuses: []*Status{{State: ContainerStateCreated}}}).GetRunningContainerStatuses()
	assert.NotNil(t, got)
	assert.Empty(t, got)
	assert.NotNil(t, (&PodStatus{}).GetRunningContainerStatuses())
}

func TestConvertPodStatusToRunningPod(t *testing.T) {
	id := ContainerID{Type: "containerd", ID: "c1"}
	status := &PodStatus{
		ID: "uid-1", Name: "web", Namespace: "default",
		IPs:       []string{"10.0.0.1"},
		TimeStamp: time.Unix(100, 0),
		ContainerStatuses: []*Status{
			{ID: id, Name: "app", State: ContainerStateRunning, Image: "nginx", ImageID: "sha256:1",
				Hash: 1, HashWithoutResources: 2, ExitCode: 3, RestartCount: 4, Reason: "r", Message: "m",
				CreatedAt: time.Unix(1, 0)},
			{Name: "done", State: ContainerStateExited},
		},
		SandboxStatuses: []*runtimeapi.PodSandboxStatus{
			{Id: "s1", State: runtimeapi.PodSandboxState_SANDBOX_READY, CreatedAt: 5},
			{Id: "s2", State: runtimeapi.PodSandboxState_SANDBOX_NOTREADY},
		},
	}
	want := Pod{
		ID: "uid-1", Name: "web", Namespace: "default",
		Containers: []*Container{{ID: id, Name: "app", Image: "nginx", ImageID: "sha256:1",
			Hash: 1, HashWithoutResources: 2, State: ContainerStateRunning}},
		Sandboxes: []*Container{
			{ID: ContainerID{Type: "cri", ID: "s1"}, State: ContainerStateRunning},
			{ID: ContainerID{Type: "cri", ID: "s2"}, State: ContainerStateExited},
		},
	}
	assert.Equal(t, want, ConvertPodStatusToRunningPod("cri", status))
}

func TestConvertPodStatusToRunningPodKeepsNilLists(t *testing.T) {
	got := ConvertPodStatusToRunningPod("cri", &PodStatus{
		ID:                "uid-1",
		ContainerStatuses: []*Status{{State: ContainerStateExited}},
		SandboxStatuses:   []*runtimeapi.PodSandboxStatus{},
	})
	assert.Nil(t, got.Containers)
	assert.Nil(t, got.Sandboxes)
}

func TestSandboxToContainerState(t *testing.T) {
	tests := []struct {
		state runtimeapi.PodSandboxState
		want  State
	}{
		{runtimeapi.PodSandboxState_SANDBOX_READY, ContainerStateRunning},
		{runtimeapi.PodSandboxState_SANDBOX_NOTREADY, ContainerStateExited},
		{2, ContainerStateUnknown},
		{-1, ContainerStateUnknown},
	}
	for _, tt := range tests {
		assert.Equal(t, tt.want, SandboxToContainerState(tt.state), "state %d", tt.state)
	}
}

func TestSortContainerStatusesByCreationTime(t *testing.T) {
	base := time.Date(2023, 4, 11, 10, 0, 0, 0, time.UTC)
	plusOne := time.FixedZone("+01:00", 3600)
	statuses := []*Status{
		{Name: "newest", CreatedAt: base.Add(2 * time.Second)},
		{Name: "zero"},
		{Name: "middle", CreatedAt: base.Add(time.Second).In(plusOne)},
		{Name: "oldest", CreatedAt: base},
	}
	sort.Sort(SortContainerStatusesByCreationTime(statuses))
	var names []string
	for _, s := range statuses {
		names = append(names, s.Name)
	}
	assert.Equal(t, []string{"zero", "oldest", "middle", "newest"}, names)
}

func TestSortContainerStatusesByCreationTimeComparesInstants(t *testing.T) {
	utc := time.Date(2023, 4, 11, 10, 0, 0, 0, time.UTC)
	s := SortContainerStatusesByCreationTime{{CreatedAt: utc}, {CreatedAt: utc.In(time.FixedZone("-05:30", -19800))}}
	assert.False(t, s.Less(0, 1))
	assert.False(t, s.Less(1, 0))
	assert.Equal(t, 2, s.Len())
	first := s[0]
	s.Swap(0, 1)
	assert.Same(t, first, s[1])
}
