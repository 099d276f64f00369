package container

import (
	"testing"

	"github.com/kubecontainer/kubecontainer/internal/helpercheck"
)

// BenchmarkHashContainer compares HashContainer with the kubelet's way of
// computing it (json.Marshal, go-spew, FNV-1a) on golden containers.
func BenchmarkHashContainer(b *testing.B) {
	helpercheck.BenchmarkHash(b, readGolden(b, "hash.jsonl"), HashContainer, helpercheck.ReferenceNameAndImage)
}

// BenchmarkExpand compares the expansions with plain map-based ones.
func BenchmarkExpand(b *testing.B) {
	expansions.Benchmark(b, readGolden)
}
