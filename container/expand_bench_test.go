package container

import (
	"fmt"
	"testing"

	v1 "k8s.io/api/core/v1"
)

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
		{"reference", expansions.ReferenceCommandAndArgs},
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
		{"reference", expansions.ReferenceCommandOnlyStatic},
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
		{"reference", expansions.ReferenceVolumeMounts},
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
			{"reference", expansions.ReferenceCommandAndArgs},
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
