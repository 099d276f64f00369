package main

import (
	"reflect"
	"testing"

	v1 "k8s.io/api/core/v1"
	"k8s.io/apimachinery/pkg/api/resource"
)

func TestChangedPaths(t *testing.T) {
	base := func() *v1.Container {
		return &v1.Container{
			Name:  "app",
			Image: "web:1",
			Args:  []string{"a", "b"},
			Env:   []v1.EnvVar{{Name: "A", Value: "1"}, {Name: "B", Value: "2"}},
			Resources: v1.ResourceRequirements{
				Limits: v1.ResourceList{v1.ResourceCPU: resource.MustParse("1")},
			},
		}
	}
	tests := []struct {
		name   string
		change func(c *v1.Container)
		want   []string
	}{
		{"nothing", func(c *v1.Container) {}, nil},
		{"image", func(c *v1.Container) { c.Image = "web:2" }, []string{"image"}},
		{"env value", func(c *v1.Container) { c.Env[1].Value = "3" }, []string{"env[1].value"}},
		{"env appended", func(c *v1.Container) { c.Env = append(c.Env, v1.EnvVar{Name: "C"}) }, []string{"env[2]"}},
		{"args shortened", func(c *v1.Container) { c.Args = c.Args[:1] }, []string{"args[1]"}},
		{"args removed", func(c *v1.Container) { c.Args = nil }, []string{"args"}},
		{"cpu limit", func(c *v1.Container) {
			c.Resources.Limits[v1.ResourceCPU] = resource.MustParse("2")
		}, []string{"resources.limits.cpu"}},
		{"same quantity written differently", func(c *v1.Container) {
			c.Resources.Limits[v1.ResourceCPU] = resource.MustParse("1000m")
		}, nil},
		{"key needing quotes, and field order by key", func(c *v1.Container) {
			c.Resources.Limits["nvidia.com/gpu"] = resource.MustParse("1")
			c.Image = "web:2"
			c.Command = []string{"x"}
		}, []string{"command", "image", `resources.limits["nvidia.com/gpu"]`}},
		{"nested new field", func(c *v1.Container) {
			c.SecurityContext = &v1.SecurityContext{RunAsUser: new(int64)}
		}, []string{"securityContext"}},
		{"bool", func(c *v1.Container) { c.TTY = true }, []string{"tty"}},
		{"env reordered", func(c *v1.Container) { c.Env[0], c.Env[1] = c.Env[1], c.Env[0] }, []string{
			"env[0].name", "env[0].value", "env[1].name", "env[1].value",
		}},
	}
	for _, tt := range tests {
		tt := tt
		t.Run(tt.name, func(t *testing.T) {
			c := base()
			tt.change(c)
			got, err := changedPaths(base(), c)
			if err != nil {
				t.Fatal(err)
			}
			if !reflect.DeepEqual(got, tt.want) {
				t.Errorf("changedPaths = %q, want %q", got, tt.want)
			}
		})
	}
}

func TestComparePaths(t *testing.T) {
	tests := []struct {
		name string
		a, b interface{}
		want []string
	}{
		{"object against list", map[string]interface{}{"x": map[string]interface{}{}}, map[string]interface{}{"x": []interface{}{}}, []string{"x"}},
		{"list against string", map[string]interface{}{"x": []interface{}{}}, map[string]interface{}{"x": "s"}, []string{"x"}},
		{"string against object", map[string]interface{}{"x": "s"}, map[string]interface{}{"x": map[string]interface{}{}}, []string{"x"}},
		{"null against missing", map[string]interface{}{"x": nil}, map[string]interface{}{}, []string{"x"}},
		{"null against null", map[string]interface{}{"x": nil}, map[string]interface{}{"x": nil}, nil},
		{"list of lists", []interface{}{[]interface{}{"a"}}, []interface{}{[]interface{}{"b"}}, []string{"[0][0]"}},
		{"root keys quoted", map[string]interface{}{"a.b": "1", "": "2"}, map[string]interface{}{}, []string{`[""]`, `["a.b"]`}},
	}
	for _, tt := range tests {
		var got []string
		comparePaths("", tt.a, tt.b, &got)
		if !reflect.DeepEqual(got, tt.want) {
			t.Errorf("%s: paths = %q, want %q", tt.name, got, tt.want)
		}
	}
}

func TestJoinKey(t *testing.T) {
	tests := []struct{ path, key, want string }{
		{"", "image", "image"},
		{"resources", "limits", "resources.limits"},
		{"metadata.labels", "app-name_2", "metadata.labels.app-name_2"},
		{"limits", "example.com/foo", `limits["example.com/foo"]`},
		{"env[0]", "name", "env[0].name"},
		{"x", "with space", `x["with space"]`},
		{"x", `q"uote`, `x["q\"uote"]`},
		{"x", "é", `x["é"]`},
	}
	for _, tt := range tests {
		if got := joinKey(tt.path, tt.key); got != tt.want {
			t.Errorf("joinKey(%q, %q) = %q, want %q", tt.path, tt.key, got, tt.want)
		}
	}
}

func TestChangedPathsEncodingError(t *testing.T) {
	if _, err := changedPaths(make(chan int), 1); err == nil {
		t.Error("changedPaths of a channel succeeded")
	}
	if _, err := changedPaths(1, make(chan int)); err == nil {
		t.Error("changedPaths of a channel succeeded")
	}
}
