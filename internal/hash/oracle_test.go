package hash

import (
	"hash/fnv"
	"testing"

	"github.com/davecgh/go-spew/spew"
)

// kubeletSpew is the go-spew configuration the kubelet hashes with.
var kubeletSpew = spew.ConfigState{Indent: " ", SortKeys: true, DisableMethods: true, SpewKeys: true}

// referenceBytes is the kubelet's way to hash data: go-spew prints it with
// "%#v" into an FNV-1a 32 hash. It is the oracle of the tests and the
// baseline of the benchmarks.
func referenceBytes(tb testing.TB, data []byte) uint32 {
	h := fnv.New32a()
	if _, err := kubeletSpew.Fprintf(h, "%#v", data); err != nil {
		tb.Fatalf("printing with go-spew: %v", err)
	}
	return h.Sum32()
}

// fnvText returns the FNV-1a 32 hash of text, computed by hash/fnv.
func fnvText(text string) uint32 {
	h := fnv.New32a()
	h.Write([]byte(text)) // hash.Hash.Write never fails
	return h.Sum32()
}
