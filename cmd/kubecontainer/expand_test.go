package main

import (
	"reflect"
	"strings"
	"testing"

	v1 "k8s.io/api/core/v1"

	"github.com/kubecontainer/kubecontainer/cmd/kubecontainer/internal/manifest"
	"github.com/kubecontainer/kubecontainer/internal/podspec"
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
			{Name: "DIR", Value: "$(DIR)/sub"},
		}},
		wantEnvs: map[string]string{
			"DIR":   "/data/sub",
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
			env, runtimeEnv, err := staticEnv(kubelet(t, 27), &tt.c)
			if err != nil {
				t.Fatal(err)
			}
			envs := map[string]string{}
			for _, e := range env {
				if _, twice := envs[e.Name]; twice {
					t.Errorf("%s is defined twice", e.Name)
				}
				envs[e.Name] = e.Value
			}
			if !reflect.DeepEqual(envs, tt.wantEnvs) || !reflect.DeepEqual(runtimeEnv, tt.wantRuntime) {
				t.Errorf("staticEnv = %q, %q\nwant %q, %q", envs, runtimeEnv, tt.wantEnvs, tt.wantRuntime)
			}
		})
	}
}

func TestStaticEnvDoesNotModifyContainer(t *testing.T) {
	c := &v1.Container{Env: []v1.EnvVar{{Name: "A", Value: "1"}, {Name: "B", Value: "$(A)"}}}
	if _, _, err := staticEnv(kubelet(t, 27), c); err != nil {
		t.Fatal(err)
	}
	if c.Env[1].Value != "$(A)" {
		t.Errorf("staticEnv changed the container's env to %v", c.Env)
	}
}

// TestExpandRowKubelets: the expansion is that of the kubelet's version,
// for command, args and env values alike.
func TestExpandRowKubelets(t *testing.T) {
	c := &v1.Container{Name: "c", Command: []string{"a$\u00e9"}, Args: []string{"$(V)"},
		Env: []v1.EnvVar{{Name: "V", Value: "$\u00e9"}}}
	tests := []struct {
		minor             int
		wantCommand, arg0 string
		wantErr           string
	}{
		{minor: 27, wantCommand: "a$\xc3\x83\xa9", arg0: "$\xc3\x83\xa9"},
		{minor: 32, wantCommand: "a$\xc3\x83\xa9", arg0: "$\xc3\x83\xa9"},
		{minor: 33, wantErr: "env V: kubelet v1.33: "},
		{minor: 37, wantCommand: "a$\u00e9", arg0: "$\u00e9"},
	}
	for _, tt := range tests {
		row, err := newExpandRow(kubelet(t, tt.minor), manifest.Entry{Type: podspec.Regular, Container: c})
		if tt.wantErr != "" {
			if err == nil || !strings.HasPrefix(err.Error(), tt.wantErr) {
				t.Errorf("v1.%d: error %v, want %q", tt.minor, err, tt.wantErr)
			}
			continue
		}
		if err != nil || row.Command[0] != tt.wantCommand || row.Args[0] != tt.arg0 {
			t.Errorf("v1.%d: %q %q, %v; want %q %q", tt.minor, row.Command, row.Args, err, tt.wantCommand, tt.arg0)
		}
	}
}
