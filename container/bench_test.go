package container

import (
	"fmt"
	"testing"

	v1 "k8s.io/api/core/v1"

	"github.com/kubecontainer/kubecontainer/internal/golden"
	"github.com/kubecontainer/kubecontainer/internal/helpercheck"
)

// BenchmarkHashContainer compares HashContainer with the kubelet's way of
// computing it (json.Marshal, go-spew, FNV-1a) and with json.Marshal alone.
func BenchmarkHashContainer(b *testing.B) {
	helpercheck.BenchmarkHash(b, golden.Lines(b, "hash.jsonl"), HashContainer, helpercheck.ReferenceWholeContainer, helpercheck.MarshalOnly)
}

// BenchmarkHashContainerWithoutResources does the same for the hash
// without resources.
func BenchmarkHashContainerWithoutResources(b *testing.B) {
	helpercheck.BenchmarkHash(b, golden.Lines(b, "hash.jsonl"), HashContainerWithoutResources,
		helpercheck.ReferenceWholeContainerWithoutResources)
}

// BenchmarkExpand compares the expansions with plain map-based ones.
func BenchmarkExpand(b *testing.B) {
	expansions.Benchmark(b, golden.Lines)
}

var benchSinkList, benchSinkArgs []string

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
