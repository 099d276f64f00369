package apifields

import (
	"reflect"
	"testing"

	v1 "k8s.io/api/core/v1"
)

// The paths of these tests name fields that every k8s.io/api has, so that
// the mechanics are checked under both module files.
func testFields() []Field {
	return []Field{
		{Path: "image"},
		{Path: "lifecycle.preStop.exec"},
		{Path: "env[].valueFrom.secretKeyRef"},
		{Path: "volumeMounts[].subPathExpr"},
		{Path: "noSuchField"},
		{Path: "image.notAStruct"},
		{Path: "env.notAList[]"},
	}
}

func TestResolve(t *testing.T) {
	if got := Resolve[v1.Container](testFields()).Len(); got != 4 {
		t.Errorf("resolved %d paths, want 4 (noSuchField, image.notAStruct and env.notAList[] do not exist)", got)
	}
	// ObjectMeta is embedded in a Pod: its fields are found through it.
	if got := Resolve[v1.Pod]([]Field{{Path: "metadata.name"}, {Path: "name"}}).Len(); got != 1 {
		t.Errorf("resolved %d paths of a Pod, want 1", got)
	}
}

func TestFindAndClear(t *testing.T) {
	secret := &v1.EnvVarSource{SecretKeyRef: &v1.SecretKeySelector{Key: "k"}}
	tests := []struct {
		name      string
		container *v1.Container
		prefix    string
		want      []string
	}{
		{name: "nil", container: nil, want: nil},
		{name: "none set", container: &v1.Container{Name: "a", Lifecycle: &v1.Lifecycle{}}, want: nil},
		{
			name:      "set at every depth",
			container: &v1.Container{Image: "x", Lifecycle: &v1.Lifecycle{PreStop: &v1.LifecycleHandler{Exec: &v1.ExecAction{}}}},
			want:      []string{"image", "lifecycle.preStop.exec"},
		},
		{
			name: "list elements by index, with a prefix",
			container: &v1.Container{
				Env:          []v1.EnvVar{{Name: "A", Value: "1"}, {Name: "B", ValueFrom: secret}},
				VolumeMounts: []v1.VolumeMount{{SubPathExpr: "$(A)"}, {}, {SubPathExpr: "b"}},
			},
			prefix: "spec.containers[2]",
			want: []string{
				"spec.containers[2].env[1].valueFrom.secretKeyRef",
				"spec.containers[2].volumeMounts[0].subPathExpr",
				"spec.containers[2].volumeMounts[2].subPathExpr",
			},
		},
	}
	paths := Resolve[v1.Container](testFields())
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := paths.Find(tt.container, tt.prefix); !reflect.DeepEqual(got, tt.want) {
				t.Errorf("Find = %q, want %q", got, tt.want)
			}
			if got := paths.Clear(tt.container, tt.prefix); !reflect.DeepEqual(got, tt.want) {
				t.Errorf("Clear = %q, want %q", got, tt.want)
			}
			if got := paths.Find(tt.container, tt.prefix); got != nil {
				t.Errorf("after Clear, Find = %q, want none", got)
			}
		})
	}
}

func TestClearKeepsTheRest(t *testing.T) {
	c := &v1.Container{Name: "a", Image: "x", Env: []v1.EnvVar{{Name: "A", ValueFrom: &v1.EnvVarSource{
		SecretKeyRef: &v1.SecretKeySelector{Key: "k"}, ConfigMapKeyRef: &v1.ConfigMapKeySelector{Key: "c"}}}}}
	Resolve[v1.Container](testFields()).Clear(c, "")
	want := &v1.Container{Name: "a", Env: []v1.EnvVar{{Name: "A", ValueFrom: &v1.EnvVarSource{
		ConfigMapKeyRef: &v1.ConfigMapKeySelector{Key: "c"}}}}}
	if !reflect.DeepEqual(c, want) {
		t.Errorf("after Clear: %+v, want %+v", c, want)
	}
}

func TestNotIn(t *testing.T) {
	fields := []Field{{Path: "a", Since: 28}, {Path: "b", Since: 31}, {Path: "c", Since: 35, Until: 36}}
	tests := []struct {
		minor int
		want  []string
	}{
		{27, []string{"a", "b", "c"}},
		{28, []string{"b", "c"}},
		{31, []string{"c"}},
		{35, nil},
		{36, []string{"c"}},
	}
	for _, tt := range tests {
		var got []string
		for _, f := range NotIn(fields, tt.minor) {
			got = append(got, f.Path)
		}
		if !reflect.DeepEqual(got, tt.want) {
			t.Errorf("NotIn(1.%d) = %q, want %q", tt.minor, got, tt.want)
		}
	}
}
