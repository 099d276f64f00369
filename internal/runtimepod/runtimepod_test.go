package runtimepod

import (
	"testing"

	"github.com/stretchr/testify/assert"
	v1 "k8s.io/api/core/v1"
	runtimeapi "k8s.io/cri-api/pkg/apis/runtime/v1"
)

type item struct {
	name  string
	state string
}

func byName(name string) func(*item) bool {
	return func(i *item) bool { return i.name == name }
}

func TestFirst(t *testing.T) {
	items := []*item{{name: "a", state: "1"}, {name: "b"}, {name: "a", state: "2"}}
	tests := []struct {
		name string
		want *item
	}{
		{"a", items[0]},
		{"b", items[1]},
		{"c", nil},
	}
	for _, tt := range tests {
		assert.Same(t, tt.want, First(items, byName(tt.name)), "name %q", tt.name)
	}
	assert.Nil(t, First(nil, byName("a")))
}

func TestFirstIn(t *testing.T) {
	items := []item{{name: "a", state: "1"}, {name: "a", state: "2"}}
	assert.Same(t, &items[0], FirstIn(items, byName("a")), "a pointer into the slice, first match")
	assert.Nil(t, FirstIn(items, byName("b")))
	assert.Nil(t, FirstIn(nil, byName("a")))
}

func TestValue(t *testing.T) {
	assert.Equal(t, item{name: "a"}, Value(&item{name: "a"}))
	assert.Equal(t, item{}, Value[item](nil))
}

func TestFilter(t *testing.T) {
	items := []*item{{name: "a", state: "running"}, {name: "b"}, {name: "c", state: "running"}}
	running := func(i *item) bool { return i.state == "running" }
	got := Filter(items, running)
	assert.Equal(t, []*item{items[0], items[2]}, got)
	none := Filter(items[1:2], running)
	assert.NotNil(t, none, "never nil")
	assert.Empty(t, none)
	assert.NotNil(t, Filter(nil, running))
}

func TestConvert(t *testing.T) {
	items := []*item{{name: "a", state: "running"}, {name: "b"}}
	running := func(i *item) bool { return i.state == "running" }
	upper := func(i *item) *string { s := i.name + "!"; return &s }
	got := Convert(items, running, upper)
	assert.Len(t, got, 1)
	assert.Equal(t, "a!", *got[0])
	assert.Nil(t, Convert(items[1:], running, upper), "nil when nothing is kept")
}

func TestSandboxState(t *testing.T) {
	tests := []struct {
		state runtimeapi.PodSandboxState
		want  string
	}{
		{runtimeapi.PodSandboxState_SANDBOX_READY, StateRunning},
		{runtimeapi.PodSandboxState_SANDBOX_NOTREADY, StateExited},
		{2, StateUnknown},
		{-1, StateUnknown},
		{2147483647, StateUnknown},
	}
	for _, tt := range tests {
		assert.Equal(t, tt.want, SandboxState(tt.state), "state %d", tt.state)
	}
}

func TestAPIPod(t *testing.T) {
	type container struct{ name, image string }
	read := func(c *container) (string, string) { return c.name, c.image }
	got := APIPod("uid", "web", "default", []*container{{"app", "nginx"}, {"", ""}}, read)
	want := &v1.Pod{}
	want.UID, want.Name, want.Namespace = "uid", "web", "default"
	want.Spec.Containers = []v1.Container{{Name: "app", Image: "nginx"}, {}}
	assert.Equal(t, want, got)
	assert.Nil(t, APIPod[container]("", "", "", nil, read).Spec.Containers)
}

func TestSandboxes(t *testing.T) {
	type sandbox struct{ id, state string }
	newSandbox := func(id, state string) *sandbox { return &sandbox{id, state} }
	got := Sandboxes([]*runtimeapi.PodSandboxStatus{
		{Id: "s1", State: runtimeapi.PodSandboxState_SANDBOX_NOTREADY},
		{Id: "s2", State: runtimeapi.PodSandboxState_SANDBOX_READY},
	}, newSandbox)
	assert.Equal(t, []*sandbox{{"s1", StateExited}, {"s2", StateRunning}}, got)
	assert.Nil(t, Sandboxes([]*runtimeapi.PodSandboxStatus{}, newSandbox), "nil when there are none")
}
