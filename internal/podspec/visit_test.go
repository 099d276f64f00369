package podspec

import (
	"fmt"
	"testing"

	v1 "k8s.io/api/core/v1"
)

func testSpec() *v1.PodSpec {
	return &v1.PodSpec{
		InitContainers: []v1.Container{{Name: "i0"}, {Name: "i1"}},
		Containers:     []v1.Container{{Name: "c0"}},
		EphemeralContainers: []v1.EphemeralContainer{
			{EphemeralContainerCommon: v1.EphemeralContainerCommon{Name: "e0"}},
		},
	}
}

func TestVisitContainersOrderKindsAndPointers(t *testing.T) {
	spec := testSpec()
	var got []string
	all := VisitContainers(spec, func(c *v1.Container, kind Kind, i int) bool {
		got = append(got, fmt.Sprintf("%s %s[%d] %s", kind, kind.ListName(), i, c.Name))
		c.Image = "visited"
		return true
	})
	want := []string{
		"init initContainers[0] i0", "init initContainers[1] i1",
		"regular containers[0] c0", "ephemeral ephemeralContainers[0] e0",
	}
	if !all || fmt.Sprint(got) != fmt.Sprint(want) {
		t.Fatalf("VisitContainers = %v, %q; want true, %q", all, got, want)
	}
	if spec.InitContainers[1].Image != "visited" || spec.EphemeralContainers[0].Image != "visited" {
		t.Error("the visited containers are not pointers into the spec")
	}
}

func TestVisitContainersStops(t *testing.T) {
	visited := 0
	all := VisitContainers(testSpec(), func(c *v1.Container, _ Kind, _ int) bool {
		visited++
		return c.Name != "i1"
	})
	if all || visited != 2 {
		t.Errorf("VisitContainers = %v after %d visits, want false after 2", all, visited)
	}
}

func TestContainerSpecFindsTheFirst(t *testing.T) {
	pod := &v1.Pod{Spec: *testSpec()}
	pod.Spec.Containers = append(pod.Spec.Containers, v1.Container{Name: "i0"})
	if got := ContainerSpec(pod, "i0"); got != &pod.Spec.InitContainers[0] {
		t.Errorf("ContainerSpec(i0) = %p, want the init container %p", got, &pod.Spec.InitContainers[0])
	}
	if got := ContainerSpec(pod, "missing"); got != nil {
		t.Errorf("ContainerSpec(missing) = %v, want nil", got)
	}
}
