package container

import (
	"testing"

	"github.com/kubecontainer/kubecontainer/internal/golden"
	"github.com/kubecontainer/kubecontainer/internal/helpercheck"
)

// BenchmarkHashContainer compares HashContainer with the kubelet's way of
// computing it (json.Marshal of the name and image, go-spew, FNV-1a).
func BenchmarkHashContainer(b *testing.B) {
	helpercheck.BenchmarkHash(b, golden.Lines(b, "hash.jsonl"), HashContainer, helpercheck.ReferenceNameAndImage)
}

// BenchmarkExpand compares the expansions with plain map-based ones.
func BenchmarkExpand(b *testing.B) {
	expansions.Benchmark(b, golden.Lines)
}
