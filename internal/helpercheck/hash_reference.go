package helpercheck

import (
	"encoding/json"
	"hash/fnv"

	"github.com/davecgh/go-spew/spew"
	v1 "k8s.io/api/core/v1"
)

// The container hashes computed the way the kubelet computes them: JSON
// bytes printed by go-spew with the kubelet's settings into FNV-1a 32.
// They are the baselines of the lines' hash benchmarks and the oracles of
// their tests; package internal/hash is what the lines ship.

// kubeletSpew is the go-spew configuration the kubelet hashes with.
var kubeletSpew = spew.ConfigState{Indent: " ", SortKeys: true, DisableMethods: true, SpewKeys: true}

// spewHash returns the FNV-1a 32 hash of go-spew's "%#v" text of data.
func spewHash(data []byte) uint64 {
	h := fnv.New32a()
	_, _ = kubeletSpew.Fprintf(h, "%#v", data) // writing to a hash never fails
	return uint64(h.Sum32())
}

// ReferenceWholeContainer is the hash of kubelets up to v1.30: the whole
// container's JSON.
func ReferenceWholeContainer(c *v1.Container) uint64 {
	data, _ := json.Marshal(c) // a failure hashes the nil slice, as in the kubelet
	return spewHash(data)
}

// ReferenceNameAndImage is the hash of kubelets from v1.31: the JSON of a
// map of the container's name and image.
func ReferenceNameAndImage(c *v1.Container) uint64 {
	data, _ := json.Marshal(map[string]string{"name": c.Name, "image": c.Image})
	return spewHash(data)
}
