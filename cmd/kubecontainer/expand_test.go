package main

import (
	"reflect"
	"testing"

	v1 "k8s.io/api/core/v1"
)

func TestStaticEnv(t *testing.T) {
	fieldRef := &v1.EnvVarSource{FieldRef: &v1.ObjectFieldSelector{FieldPath: "metadata.name"}}
	tests := []struct {
		name        string
		c           v1.Container
		wantEnvs    map[string]string
		wantRuntime []string
	}{{
		name:        "none",
		wantEnvs:    map[string]string{},
		wantRuntime: []string{},
	}, {
		name: "literal values expanded with the ones before them",
		c: v1.Container{Env: []v1.EnvVar{
			{Name: "DIR", Value: "/data"},
			{Name: "CACHE", Value: "$(DIR)/cache $(LATER) $$(DIR)"},
			{Name: "LATER", Value: "x"},
			{Name: "EMPTY"},
		}},
		wantEnvs: map[string]string{
			"DIR":   "/data",
			"CACHE": "/data/cache $(LATER) $(DIR)",
			"LATER": "x",
			"EMPTY": "",
		},
		wantRuntime: []string{},
	}, {
		name: "valueFrom makes a variable a run-time one, a later literal a static one again",
		c: v1.Container{
			EnvFrom: []v1.EnvFromSource{
				{ConfigMapRef: &v1.ConfigMapEnvSource{LocalObjectReference: v1.LocalObjectReference{Name: "cfg"}}},
				{Prefix: "DB_", SecretRef: &v1.SecretEnvSource{LocalObjectReference: v1.LocalObjectReference{Name: "db"}}},
				{Prefix: "X_"},
			},
			Env: []v1.EnvVar{
				{Name: "A", Value: "1"},
				{Name: "B", Value: "2"},
				{Name: "A", ValueFrom: fieldRef},
				{Name: "C", Value: "$(A)$(B)"},
				{Name: "B", ValueFrom: fieldRef},
				{Name: "B", Value: "3"},
			},
		},
		wantEnvs: map[string]string{
			"C": "$(A)2",
			"B": "3",
		},
		wantRuntime: []string{"*=configMap/cfg", "DB_*=secret/db", "X_*=unknown", "A", "B"},
	}}
	for _, tt := range tests {
		tt := tt
		t.Run(tt.name, func(t *testing.T) {
			envs, runtimeEnv := staticEnv(&tt.c)
			if !reflect.DeepEqual(envs, tt.wantEnvs) || !reflect.DeepEqual(runtimeEnv, tt.wantRuntime) {
				t.Errorf("staticEnv = %q, %q\nwant %q, %q", envs, runtimeEnv, tt.wantEnvs, tt.wantRuntime)
			}
		})
	}
}

func TestStaticEnvDoesNotModifyContainer(t *testing.T) {
	c := &v1.Container{Env: []v1.EnvVar{{Name: "A", Value: "1"}, {Name: "B", Value: "$(A)"}}}
	staticEnv(c)
	if c.Env[1].Value != "$(A)" {
		t.Errorf("staticEnv changed the container's env to %v", c.Env)
	}
}

func TestExpandAll(t *testing.T) {
	env := map[string]string{"PORT": "8080", "EMPTY": ""}
	tests := []struct {
		in, want []string
	}{
		{nil, []string{}},
		{[]string{}, []string{}},
		{[]string{"serve", "--port=$(PORT)", "$(EMPTY)x", "$(UNSET)", "$$(PORT)"}, []string{"serve", "--port=8080", "x", "$(UNSET)", "$(PORT)"}},
	}
	for _, tt := range tests {
		if got := expandAll(tt.in, env); !reflect.DeepEqual(got, tt.want) {
			t.Errorf("expandAll(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}
