package container

import (
	"encoding/json"
	"hash/fnv"
	"testing"

	"github.com/davecgh/go-spew/spew"
	v1 "k8s.io/api/core/v1"
)

// spewHashContainer is kubelet v1.37's hash computed the way the kubelet
// computes it: a map of name and image through encoding/json, printed by
// go-spew with the kubelet's settings into FNV-1a 32. It is the oracle and
// the benchmarks' baseline.
func spewHashContainer(container *v1.Container) uint64 {
	encoded, _ := json.Marshal(map[string]string{"name": container.Name, "image": container.Image})
	printer := spew.ConfigState{Indent: " ", SortKeys: true, DisableMethods: true, SpewKeys: true,
		DisablePointerAddresses: true, DisableCapacities: true}
	h := fnv.New32a()
	_, _ = printer.Fprintf(h, "%#v", encoded)
	return uint64(h.Sum32())
}

func TestHashContainerMatchesSpewPath(t *testing.T) {
	for _, line := range readGolden(t, "hash.jsonl") {
		var g struct {
			Container v1.Container `json:"container"`
		}
		line.Decode(t, &g)
		if got, want := HashContainer(&g.Container), spewHashContainer(&g.Container); got != want {
			t.Errorf("%s: HashContainer = %d, the go-spew path gives %d", line.Where, got, want)
		}
	}
}

func TestHashContainerIgnoresEverythingButNameAndImage(t *testing.T) {
	base := v1.Container{Name: "app", Image: "nginx:1.27"}
	changed := base
	changed.Args = []string{"--debug"}
	changed.Env = []v1.EnvVar{{Name: "A", Value: "b"}}
	changed.Resources.Limits = v1.ResourceList{v1.ResourceCPU: {}}
	if HashContainer(&base) != HashContainer(&changed) {
		t.Errorf("fields other than name and image changed the hash")
	}
	renamed := base
	renamed.Image = "nginx:1.28"
	if HashContainer(&base) == HashContainer(&renamed) {
		t.Errorf("a new image kept the hash %d", HashContainer(&base))
	}
	const upstreamSample = 0x8e45cbd0 // upstream's sampleV131HashValue
	if got := HashContainer(&v1.Container{Name: "test_container", Image: "foo/image:v1"}); got != upstreamSample {
		t.Errorf("HashContainer of upstream's sample = %#x, want %#x", got, upstreamSample)
	}
	if got, want := HashContainer(nil), HashContainer(&v1.Container{}); got != want || got != 3990256836 {
		t.Errorf("HashContainer(nil) = %d, want %d, the empty container's", got, want)
	}
}

var hashSink uint64

// BenchmarkHashContainer compares HashContainer with the go-spew path on
// the realistic containers of the golden set.
func BenchmarkHashContainer(b *testing.B) {
	lines := decodeLines[struct {
		Container v1.Container `json:"container"`
	}](b, "hash.jsonl", 47) // the realistic containers
	for _, impl := range []struct {
		name string
		hash func(*v1.Container) uint64
	}{{"ours", HashContainer}, {"reference", spewHashContainer}} {
		b.Run("impl="+impl.name, func(b *testing.B) {
			b.ReportAllocs()
			for i := 0; i < b.N; i++ {
				hashSink = impl.hash(&lines[i%len(lines)].Container)
			}
		})
	}
}
