package container

import (
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	v1 "k8s.io/api/core/v1"
	"k8s.io/apimachinery/pkg/types"
)

func TestPodLookups(t *testing.T) {
	app := &Container{ID: ContainerID{Type: "containerd", ID: "1"}, Name: "app"}
	appAgain := &Container{ID: ContainerID{Type: "cri-o", ID: "1"}, Name: "app"}
	sandbox := &Container{ID: ContainerID{Type: "containerd", ID: "s"}}
	pod := &Pod{Containers: []*Container{app, appAgain}, Sandboxes: []*Container{sandbox}}
	tests := []struct {
		name string
		got  *Container
		want *Container
	}{
		{"by name, first of two", pod.FindContainerByName("app"), app},
		{"by name, missing", pod.FindContainerByName("db"), nil},
		{"by ID, the type counts", pod.FindContainerByID(ContainerID{Type: "cri-o", ID: "1"}), appAgain},
		{"by ID, a sandbox is no container", pod.FindContainerByID(sandbox.ID), nil},
		{"sandbox by ID", pod.FindSandboxByID(sandbox.ID), sandbox},
		{"sandbox by ID, a container is no sandbox", pod.FindSandboxByID(app.ID), nil},
		{"empty pod", (&Pod{}).FindContainerByName(""), nil},
	}
	for _, tt := range tests {
		assert.Same(t, tt.want, tt.got, tt.name)
	}
}

func TestPodToAPIPodKeepsOnlyNamesAndImages(t *testing.T) {
	pod := &Pod{ID: "u", Name: "n", Namespace: "ns", CreatedAt: 5, Timestamp: time.Unix(9, 0),
		Containers: []*Container{{Name: "a", Image: "i:1", Hash: 3, State: ContainerStateRunning}},
		Sandboxes:  []*Container{{Name: "s"}}}
	want := &v1.Pod{}
	want.UID, want.Name, want.Namespace = "u", "n", "ns"
	want.Spec.Containers = []v1.Container{{Name: "a", Image: "i:1"}}
	assert.Equal(t, want, pod.ToAPIPod())
	assert.Nil(t, (&Pod{Name: "n"}).ToAPIPod().Spec.Containers, "no containers, nil list")
}

func TestPodIsEmpty(t *testing.T) {
	tests := []struct {
		name string
		pod  *Pod
		want bool
	}{
		{"nil", nil, false},
		{"zero", &Pod{}, true},
		{"zero time from JSON", &Pod{Timestamp: time.Time{}.UTC()}, true},
		{"empty, non-nil containers", &Pod{Containers: []*Container{}}, false},
		{"empty, non-nil sandboxes", &Pod{Sandboxes: []*Container{}}, false},
		{"timestamp", &Pod{Timestamp: time.Unix(0, 1)}, false},
		{"zero instant with a zone", &Pod{Timestamp: time.Time{}.In(time.FixedZone("x", 3600))}, false},
		{"created at", &Pod{CreatedAt: 1}, false},
		{"namespace", &Pod{Namespace: "ns"}, false},
	}
	for _, tt := range tests {
		assert.Equal(t, tt.want, tt.pod.IsEmpty(), tt.name)
	}
}

func TestPodsFind(t *testing.T) {
	web := &Pod{ID: "1", Name: "web", Namespace: "shop"}
	webAgain := &Pod{ID: "2", Name: "web", Namespace: "shop"}
	db := &Pod{ID: "3", Name: "db", Namespace: "shop"}
	pods := Pods{web, webAgain, db}
	tests := []struct {
		name     string
		fullName string
		uid      types.UID
		want     Pod
	}{
		{"by full name, first of two", "web_shop", "", *web},
		{"by UID", "", "2", *webAgain},
		{"full name wins over UID", "db_shop", "1", *db},
		{"a missed full name does not try the UID", "nope_shop", "1", Pod{}},
		{"missing UID", "", "9", Pod{}},
	}
	for _, tt := range tests {
		assert.Equal(t, tt.want, pods.FindPod(tt.fullName, tt.uid), tt.name)
	}
	assert.Equal(t, *db, pods.FindPodByFullName("db_shop"))
	assert.Equal(t, *web, pods.FindPodByID("1"))
	found := pods.FindPodByID("1")
	found.Name = "changed"
	assert.Equal(t, "web", web.Name, "a copy is returned")
}
