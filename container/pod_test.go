package container

import (
	"testing"

	"github.com/stretchr/testify/assert"
	v1 "k8s.io/api/core/v1"
)

// podTestFixture returns a pod with two containers and two sandboxes
// whose IDs differ only in type.
func podTestFixture() *Pod {
	return &Pod{
		ID:        "uid-1",
		Name:      "web",
		Namespace: "default",
		Containers: []*Container{
			{ID: ContainerID{Type: "containerd", ID: "a1"}, Name: "app", Image: "nginx:1.25"},
			{ID: ContainerID{Type: "docker", ID: "a1"}, Name: "app", Image: "busybox"},
		},
		Sandboxes: []*Container{
			{ID: ContainerID{Type: "containerd", ID: "s1"}},
			{ID: ContainerID{Type: "docker", ID: "s1"}},
		},
	}
}

func TestPodFindContainerByName(t *testing.T) {
	pod := podTestFixture()
	assert.Same(t, pod.Containers[0], pod.FindContainerByName("app"), "first match wins")
	assert.Nil(t, pod.FindContainerByName("missing"))
	assert.Nil(t, (&Pod{}).FindContainerByName(""))
}

func TestPodFindContainerByID(t *testing.T) {
	pod := podTestFixture()
	assert.Same(t, pod.Containers[1], pod.FindContainerByID(ContainerID{Type: "docker", ID: "a1"}), "type is compared too")
	assert.Nil(t, pod.FindContainerByID(ContainerID{ID: "a1"}))
	assert.Nil(t, pod.FindContainerByID(ContainerID{Type: "containerd", ID: "s1"}), "sandboxes are not containers")
}

func TestPodFindSandboxByID(t *testing.T) {
	pod := podTestFixture()
	assert.Same(t, pod.Sandboxes[1], pod.FindSandboxByID(ContainerID{Type: "docker", ID: "s1"}))
	assert.Nil(t, pod.FindSandboxByID(ContainerID{Type: "containerd", ID: "a1"}), "containers are not sandboxes")
}

func TestPodToAPIPod(t *testing.T) {
	want := &v1.Pod{}
	want.UID, want.Name, want.Namespace = "uid-1", "web", "default"
	want.Spec.Containers = []v1.Container{{Name: "app", Image: "nginx:1.25"}, {Name: "app", Image: "busybox"}}
	assert.Equal(t, want, podTestFixture().ToAPIPod())
}

func TestPodToAPIPodWithoutContainers(t *testing.T) {
	got := (&Pod{ID: "uid-1", Sandboxes: []*Container{{}}}).ToAPIPod()
	assert.Nil(t, got.Spec.Containers)
	assert.Equal(t, "uid-1", string(got.UID))
}

func TestPodIsEmpty(t *testing.T) {
	tests := []struct {
		name string
		pod  *Pod
		want bool
	}{
		{"zero", &Pod{}, true},
		{"nil", nil, false},
		{"ID", &Pod{ID: "u"}, false},
		{"Name", &Pod{Name: "n"}, false},
		{"Namespace", &Pod{Namespace: "ns"}, false},
		{"CreatedAt", &Pod{CreatedAt: 1}, false},
		{"empty Containers", &Pod{Containers: []*Container{}}, false},
		{"empty Sandboxes", &Pod{Sandboxes: []*Container{}}, false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			assert.Equal(t, tt.want, tt.pod.IsEmpty())
		})
	}
}

func TestPodsFindPodByID(t *testing.T) {
	pods := Pods{{ID: "u1", Name: "a"}, {ID: "u2", Name: "b", Containers: []*Container{{Name: "c"}}}, {ID: "u2", Name: "c"}}
	got := pods.FindPodByID("u2")
	assert.Equal(t, "b", got.Name, "first match wins")
	got.Name = "changed"
	got.Containers[0].Name = "shared"
	assert.Equal(t, "b", pods[1].Name, "the result is a copy")
	assert.Equal(t, "shared", pods[1].Containers[0].Name, "the copy is shallow")
	assert.Equal(t, Pod{}, pods.FindPodByID("missing"))
}

func TestPodsFindPodByFullName(t *testing.T) {
	pods := Pods{{ID: "u1", Name: "a", Namespace: "ns"}, {ID: "u2", Name: "b", Namespace: "ns"}}
	assert.Equal(t, "b", pods.FindPodByFullName("b_ns").Name)
	assert.Equal(t, Pod{}, pods.FindPodByFullName("b_other"))
}

func TestPodsFindPod(t *testing.T) {
	pods := Pods{{ID: "u1", Name: "a", Namespace: "ns"}, {ID: "u2", Name: "b", Namespace: "ns"}}
	assert.Equal(t, "a", pods.FindPod("a_ns", "u2").Name, "the full name wins over the UID")
	assert.Equal(t, Pod{}, pods.FindPod("missing_ns", "u2"), "a miss by full name does not fall back to the UID")
	assert.Equal(t, "b", pods.FindPod("", "u2").Name)
	assert.Equal(t, Pod{}, pods.FindPod("", "missing"))
}
