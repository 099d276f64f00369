package container

import (
	"encoding/json"
	"runtime"
	"testing"

	v1 "k8s.io/api/core/v1"
)

// The hash benchmarks run the project's functions ("impl=ours") beside the
// kubelet's algorithm written the obvious way ("impl=reference", see
// referenceHashContainer) and beside json.Marshal of the same container
// alone ("impl=json.Marshal"), which every implementation has to pay. One
// op is one call; input=golden200 cycles through hash.jsonl lines 1-200 and
// input=sample is line 1, the kubelet's hash test container. Compare with
//
//	go test -run '^$' -bench Hash -benchmem -count 8 ./container > hash.txt
//	benchstat -col /impl hash.txt

// hashBenchInput is a named set of containers the benchmarks cycle through.
type hashBenchInput struct {
	name       string
	containers []*v1.Container
}

// hashBenchInputs returns the sample container and the first 200 golden
// containers.
func hashBenchInputs(b *testing.B) []hashBenchInput {
	b.Helper()
	lines := readGolden(b, "hash.jsonl")[:200]
	containers := make([]*v1.Container, len(lines))
	for i, line := range lines {
		var g hashGoldenLine
		line.Decode(b, &g)
		containers[i] = &g.Container
	}
	return []hashBenchInput{
		{name: "sample", containers: containers[:1]},
		{name: "golden200", containers: containers},
	}
}

// hashBenchImpl is one implementation under benchmark.
type hashBenchImpl struct {
	name string
	hash func(*v1.Container) uint64
}

func BenchmarkHashContainer(b *testing.B) {
	runHashBenchmarks(b, []hashBenchImpl{
		{name: "ours", hash: HashContainer},
		{name: "reference", hash: referenceHashContainer},
		{name: "json.Marshal", hash: func(c *v1.Container) uint64 { return marshalLength(b, c) }},
	})
}

func BenchmarkHashContainerWithoutResources(b *testing.B) {
	runHashBenchmarks(b, []hashBenchImpl{
		{name: "ours", hash: HashContainerWithoutResources},
		{name: "reference", hash: referenceHashContainerWithoutResources},
		{name: "json.Marshal", hash: func(c *v1.Container) uint64 {
			withoutResources := *c
			withoutResources.Resources = v1.ResourceRequirements{}
			return marshalLength(b, &withoutResources)
		}},
	})
}

// marshalLength returns the length of json.Marshal(c), so that the
// json.Marshal benchmarks have a result to keep.
func marshalLength(b *testing.B, c *v1.Container) uint64 {
	encoded, err := json.Marshal(c)
	if err != nil {
		b.Fatalf("json.Marshal: %v", err)
	}
	return uint64(len(encoded))
}

func runHashBenchmarks(b *testing.B, impls []hashBenchImpl) {
	// The implementations run next to each other on each input, so that
	// a change in the machine's load affects them alike.
	for _, input := range hashBenchInputs(b) {
		for _, impl := range impls {
			impl, containers := impl, input.containers
			b.Run("impl="+impl.name+"/input="+input.name, func(b *testing.B) {
				b.ReportAllocs()
				var results uint64
				for i := 0; i < b.N; i++ {
					results += impl.hash(containers[i%len(containers)])
				}
				runtime.KeepAlive(results)
			})
		}
	}
}
