package helpercheck

import (
	"encoding/json"
	"runtime"
	"testing"

	v1 "k8s.io/api/core/v1"

	"github.com/kubecontainer/kubecontainer/internal/golden"
)

// The benchmark bodies every line runs against the kubelet's algorithms
// written the obvious way. Sub-benchmarks are named impl=<name>, so that
// `benchstat -col /impl` compares them; ours and the reference run next to
// each other on the same inputs.

// HashImpl is a hash benchmarked beside a line's: impl=Name.
type HashImpl struct {
	Name string
	Hash HashFunc
}

// BenchmarkHash runs ours (impl=ours), reference (impl=reference) and the
// baselines on the containers of lines (hash.jsonl): input=sample is the
// first line (upstream's hash test container), input=golden200 cycles
// through the first 200. One op is one call.
func BenchmarkHash(b *testing.B, lines []golden.Line, ours, reference HashFunc, baselines ...HashImpl) {
	impls := append([]HashImpl{{"ours", ours}, {"reference", reference}}, baselines...)
	if len(lines) > 200 {
		lines = lines[:200]
	}
	containers := make([]*v1.Container, len(lines))
	for i, line := range lines {
		var g struct {
			Container v1.Container `json:"container"`
		}
		line.Decode(b, &g)
		containers[i] = &g.Container
	}
	for _, input := range []struct {
		name       string
		containers []*v1.Container
	}{{"sample", containers[:1]}, {"golden200", containers}} {
		for _, impl := range impls {
			b.Run("impl="+impl.Name+"/input="+input.name, func(b *testing.B) {
				b.ReportAllocs()
				var sum uint64
				for i := 0; i < b.N; i++ {
					sum += impl.Hash(input.containers[i%len(input.containers)])
				}
				runtime.KeepAlive(sum)
			})
		}
	}
}

// ReferenceWholeContainerWithoutResources is ReferenceWholeContainer of a
// copy of c with its Resources zeroed: HashContainerWithoutResources of
// kubelets v1.27 to v1.30.
func ReferenceWholeContainerWithoutResources(c *v1.Container) uint64 {
	withoutResources := *c
	withoutResources.Resources = v1.ResourceRequirements{}
	return ReferenceWholeContainer(&withoutResources)
}

// MarshalOnly is json.Marshal of the container alone, the part of a
// whole-container hash that every implementation pays: a baseline. It
// returns the encoding's length, so that the benchmark keeps a result.
var MarshalOnly = HashImpl{Name: "json.Marshal", Hash: func(c *v1.Container) uint64 {
	encoded, _ := json.Marshal(c)
	return uint64(len(encoded))
}}

// Benchmark runs the line's three expansions (func=CommandAndArgs,
// CommandOnlyStatic, VolumeMounts) beside the map-per-call references on
// the first 200 lines of each expand_*.jsonl that read returns (a line's
// golden.Lines).
func (x Expansions[E]) Benchmark(b *testing.B, read func(tb testing.TB, name string) []golden.Line) {
	var commands []struct {
		Container v1.Container `json:"container"`
		Envs      []E          `json:"envs"`
	}
	var statics []struct {
		Command []string    `json:"command"`
		Envs    []v1.EnvVar `json:"envs"`
	}
	var subpaths []struct {
		Mount v1.VolumeMount `json:"mount"`
		Envs  []E            `json:"envs"`
	}
	decodeFirst(b, read(b, "expand_command.jsonl"), &commands)
	decodeFirst(b, read(b, "expand_static.jsonl"), &statics)
	decodeFirst(b, read(b, "expand_subpath.jsonl"), &subpaths)
	var list, args []string
	var text string
	var err error
	runs := []struct {
		name string
		run  func(i int)
	}{
		{"func=CommandAndArgs/impl=ours", func(i int) {
			in := &commands[i%len(commands)]
			list, args = x.CommandAndArgs(&in.Container, in.Envs)
		}},
		{"func=CommandAndArgs/impl=reference", func(i int) {
			in := &commands[i%len(commands)]
			list, args = x.ReferenceCommandAndArgs(&in.Container, in.Envs)
		}},
		{"func=CommandOnlyStatic/impl=ours", func(i int) {
			in := &statics[i%len(statics)]
			list = x.CommandOnlyStatic(in.Command, in.Envs)
		}},
		{"func=CommandOnlyStatic/impl=reference", func(i int) {
			in := &statics[i%len(statics)]
			list = x.ReferenceCommandOnlyStatic(in.Command, in.Envs)
		}},
		{"func=VolumeMounts/impl=ours", func(i int) {
			in := &subpaths[i%len(subpaths)]
			text, err = x.VolumeMounts(in.Mount, in.Envs)
		}},
		{"func=VolumeMounts/impl=reference", func(i int) {
			in := &subpaths[i%len(subpaths)]
			text, err = x.ReferenceVolumeMounts(in.Mount, in.Envs)
		}},
	}
	for _, r := range runs {
		b.Run(r.name, func(b *testing.B) {
			b.ReportAllocs()
			for i := 0; i < b.N; i++ {
				r.run(i)
			}
		})
	}
	runtime.KeepAlive([]interface{}{list, args, text, err})
}

// decodeFirst decodes the first 200 of lines into *values.
func decodeFirst[T any](tb testing.TB, lines []golden.Line, values *[]T) {
	if len(lines) > 200 {
		lines = lines[:200]
	}
	*values = make([]T, len(lines))
	for i, line := range lines {
		line.Decode(tb, &(*values)[i])
	}
}
