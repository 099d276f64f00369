package container

import (
	"fmt"
	"sort"
	"strings"
	"testing"

	v1 "k8s.io/api/core/v1"

	"github.com/kubecontainer/kubecontainer/internal/expand/reference"
)

// The reference implementations below are written the obvious way: a map of
// the environment built on every call, then a plain expansion. They are the
// baseline of the benchmarks and the oracle of the fuzz tests.

func referenceEnvMap(envs []EnvVar) map[string]string {
	m := make(map[string]string, len(envs))
	for _, e := range envs {
		m[e.Name] = e.Value
	}
	return m
}

// referenceMapping leaves undefined names as written.
func referenceMapping(m map[string]string) func(string) string {
	return func(name string) string {
		if value, ok := m[name]; ok {
			return value
		}
		return reference.Wrap(name)
	}
}

func referenceExpandEach(list []string, mapping func(string) string) []string {
	if len(list) == 0 {
		return nil
	}
	out := make([]string, 0, len(list))
	for _, s := range list {
		out = append(out, reference.Expand(s, mapping))
	}
	return out
}

func referenceCommandAndArgs(container *v1.Container, envs []EnvVar) ([]string, []string) {
	mapping := referenceMapping(referenceEnvMap(envs))
	return referenceExpandEach(container.Command, mapping), referenceExpandEach(container.Args, mapping)
}

func referenceCommandOnlyStatic(command []string, envs []v1.EnvVar) []string {
	m := make(map[string]string, len(envs))
	for _, e := range envs {
		m[e.Name] = e.Value
	}
	return referenceExpandEach(command, referenceMapping(m))
}

func referenceVolumeMounts(mount v1.VolumeMount, envs []EnvVar) (string, error) {
	m := referenceEnvMap(envs)
	missing := map[string]bool{}
	expanded := reference.Expand(mount.SubPathExpr, func(name string) string {
		value, ok := m[name]
		if !ok || value == "" {
			missing[name] = true
		}
		return value
	})
	if len(missing) > 0 {
		names := make([]string, 0, len(missing))
		for name := range missing {
			names = append(names, name)
		}
		sort.Strings(names)
		return "", fmt.Errorf("missing value for %s", strings.Join(names, ", "))
	}
	return expanded, nil
}

// benchLines is how many lines of each golden file the benchmarks cycle through.
const benchLines = 200

type commandInput struct {
	Container v1.Container `json:"container"`
	Envs      []EnvVar     `json:"envs"`
}

type staticInput struct {
	Command []string    `json:"command"`
	Envs    []v1.EnvVar `json:"envs"`
}

type subpathInput struct {
	Mount v1.VolumeMount `json:"mount"`
	Envs  []EnvVar       `json:"envs"`
}

func benchGolden(b *testing.B, name string, decode func(goldenLine)) {
	b.Helper()
	for _, line := range readGolden(b, name)[:benchLines] {
		decode(line)
	}
}

var (
	benchSinkList   []string
	benchSinkArgs   []string
	benchSinkString string
	benchSinkErr    error
)

func BenchmarkExpandContainerCommandAndArgs(b *testing.B) {
	var inputs []commandInput
	benchGolden(b, "expand_command.jsonl", func(l goldenLine) {
		var in commandInput
		l.Decode(b, &in)
		inputs = append(inputs, in)
	})
	impls := []struct {
		name string
		fn   func(*v1.Container, []EnvVar) ([]string, []string)
	}{
		{"ours", ExpandContainerCommandAndArgs},
		{"reference", referenceCommandAndArgs},
	}
	for _, impl := range impls {
		impl := impl
		b.Run("impl="+impl.name, func(b *testing.B) {
			b.ReportAllocs()
			for i := 0; i < b.N; i++ {
				in := &inputs[i%len(inputs)]
				benchSinkList, benchSinkArgs = impl.fn(&in.Container, in.Envs)
			}
		})
	}
}

func BenchmarkExpandContainerCommandOnlyStatic(b *testing.B) {
	var inputs []staticInput
	benchGolden(b, "expand_static.jsonl", func(l goldenLine) {
		var in staticInput
		l.Decode(b, &in)
		inputs = append(inputs, in)
	})
	impls := []struct {
		name string
		fn   func([]string, []v1.EnvVar) []string
	}{
		{"ours", ExpandContainerCommandOnlyStatic},
		{"reference", referenceCommandOnlyStatic},
	}
	for _, impl := range impls {
		impl := impl
		b.Run("impl="+impl.name, func(b *testing.B) {
			b.ReportAllocs()
			for i := 0; i < b.N; i++ {
				in := &inputs[i%len(inputs)]
				benchSinkList = impl.fn(in.Command, in.Envs)
			}
		})
	}
}

func BenchmarkExpandContainerVolumeMounts(b *testing.B) {
	var inputs []subpathInput
	benchGolden(b, "expand_subpath.jsonl", func(l goldenLine) {
		var in subpathInput
		l.Decode(b, &in)
		inputs = append(inputs, in)
	})
	impls := []struct {
		name string
		fn   func(v1.VolumeMount, []EnvVar) (string, error)
	}{
		{"ours", ExpandContainerVolumeMounts},
		{"reference", referenceVolumeMounts},
	}
	for _, impl := range impls {
		impl := impl
		b.Run("impl="+impl.name, func(b *testing.B) {
			b.ReportAllocs()
			for i := 0; i < b.N; i++ {
				in := &inputs[i%len(inputs)]
				benchSinkString, benchSinkErr = impl.fn(in.Mount, in.Envs)
			}
		})
	}
}

// BenchmarkExpandContainerCommandAndArgsEnvSize measures how the cost grows
// with the length of the env list and the number of references, where a
// map built per call could beat scanning the list.
func BenchmarkExpandContainerCommandAndArgsEnvSize(b *testing.B) {
	for _, size := range []struct{ envs, refs int }{{8, 4}, {64, 4}, {512, 4}, {512, 64}, {4096, 256}} {
		envs := make([]EnvVar, size.envs)
		for i := range envs {
			envs[i] = EnvVar{Name: fmt.Sprintf("SERVICE_%d_PORT", i), Value: fmt.Sprint(i)}
		}
		args := make([]string, size.refs)
		for i := range args {
			args[i] = fmt.Sprintf("--port=$(SERVICE_%d_PORT)", i*7919%size.envs)
		}
		container := &v1.Container{Args: args}
		impls := []struct {
			name string
			fn   func(*v1.Container, []EnvVar) ([]string, []string)
		}{
			{"ours", ExpandContainerCommandAndArgs},
			{"reference", referenceCommandAndArgs},
		}
		for _, impl := range impls {
			impl := impl
			b.Run(fmt.Sprintf("envs=%d/refs=%d/impl=%s", size.envs, size.refs, impl.name), func(b *testing.B) {
				b.ReportAllocs()
				for i := 0; i < b.N; i++ {
					benchSinkList, benchSinkArgs = impl.fn(container, envs)
				}
			})
		}
	}
}
