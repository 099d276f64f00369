package hash

import (
	"encoding/json"
	"testing"

	v1 "k8s.io/api/core/v1"
	"k8s.io/apimachinery/pkg/api/resource"
	"k8s.io/apimachinery/pkg/util/intstr"
)

func TestContainerHashes(t *testing.T) {
	withResources := &v1.Container{Name: "app", Image: "nginx", Resources: v1.ResourceRequirements{
		Limits: v1.ResourceList{v1.ResourceCPU: resource.MustParse("1")},
	}}
	plain := &v1.Container{Name: "app", Image: "nginx"}
	malformed := &v1.Container{Name: "bad", LivenessProbe: &v1.Probe{ProbeHandler: v1.ProbeHandler{
		HTTPGet: &v1.HTTPGetAction{Port: intstr.IntOrString{Type: 7}},
	}}}
	tests := []struct {
		name string
		got  uint64
		want uint64
	}{
		{"whole is the JSON", WholeContainer(withResources), uint64(Bytes(mustJSON(t, withResources)))},
		{"nil is null", WholeContainer(nil), uint64(Bytes([]byte("null")))},
		{"malformed is the nil slice", WholeContainer(malformed), uint64(Bytes(nil))},
		{"without resources", WholeContainerWithoutResources(withResources), WholeContainer(plain)},
		{"without resources of nil", WholeContainerWithoutResources(nil), WholeContainer(nil)},
		{"name and image", ContainerNameAndImage(withResources), uint64(NameAndImage("app", "nginx"))},
		{"name and image of nil", ContainerNameAndImage(nil), 3990256836},
	}
	for _, tt := range tests {
		if tt.got != tt.want {
			t.Errorf("%s: got %d, want %d", tt.name, tt.got, tt.want)
		}
	}
	if withResources.Resources.Limits == nil {
		t.Error("WholeContainerWithoutResources changed its argument")
	}
}

func mustJSON(t *testing.T, v interface{}) []byte {
	t.Helper()
	data, err := json.Marshal(v)
	if err != nil {
		t.Fatal(err)
	}
	return data
}
