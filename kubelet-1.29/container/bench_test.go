package container

import (
	"testing"

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
