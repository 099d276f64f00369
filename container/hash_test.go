package container

import (
	"encoding/json"
	"fmt"
	"hash/fnv"
	"reflect"
	"testing"

	"github.com/davecgh/go-spew/spew"
	v1 "k8s.io/api/core/v1"
	"k8s.io/apimachinery/pkg/util/intstr"
)

// hashGoldenLine is one line of testdata/hash.jsonl.
type hashGoldenLine struct {
	Container            v1.Container `json:"container"`
	Hash                 uint64       `json:"hash"`
	HashWithoutResources uint64       `json:"hashWithoutResources"`
}

// referenceHashContainer is the kubelet's algorithm written the obvious way:
// json.Marshal, then go-spew's "%#v" text printed into FNV-1a 32. It is the
// oracle of the tests and the baseline of the benchmarks.
func referenceHashContainer(container *v1.Container) uint64 {
	encoded, _ := json.Marshal(container) // a failed encoding hashes as nil, as in HashContainer
	printer := spew.ConfigState{Indent: " ", SortKeys: true, DisableMethods: true, SpewKeys: true}
	h := fnv.New32a()
	_, _ = printer.Fprintf(h, "%#v", encoded) // writes to a hash.Hash32 never fail
	return uint64(h.Sum32())
}

// referenceHashContainerWithoutResources hashes a copy with zero Resources.
func referenceHashContainerWithoutResources(container *v1.Container) uint64 {
	withoutResources := *container
	withoutResources.Resources = v1.ResourceRequirements{}
	return referenceHashContainer(&withoutResources)
}

func TestHashContainerGolden(t *testing.T) {
	lines := readGolden(t, "hash.jsonl")
	matched := 0
	for _, line := range lines {
		var g hashGoldenLine
		line.Decode(t, &g)
		ok := true
		if got := HashContainer(&g.Container); got != g.Hash {
			t.Errorf("%s: HashContainer = %d, kubelet gives %d", line.Where, got, g.Hash)
			ok = false
		}
		if got := HashContainerWithoutResources(&g.Container); got != g.HashWithoutResources {
			t.Errorf("%s: HashContainerWithoutResources = %d, kubelet gives %d", line.Where, got, g.HashWithoutResources)
			ok = false
		}
		if got := referenceHashContainer(&g.Container); got != g.Hash {
			t.Errorf("%s: the benchmarks' reference HashContainer = %d, kubelet gives %d", line.Where, got, g.Hash)
		}
		if got := referenceHashContainerWithoutResources(&g.Container); got != g.HashWithoutResources {
			t.Errorf("%s: the benchmarks' reference HashContainerWithoutResources = %d, kubelet gives %d",
				line.Where, got, g.HashWithoutResources)
		}
		if ok {
			matched++
		}
	}
	t.Logf("hash.jsonl: %d/%d lines match", matched, len(lines))
}

// hashTestContainer is line 1 of testdata/hash.jsonl, the container of the
// kubelet's own hash test.
const hashTestContainer = `{"name":"test_container","image":"foo/image:v1","command":["/bin/testcmd"],` +
	`"args":["/bin/sh","-c","echo abc"],"ports":[{"containerPort":8001}],` +
	`"env":[{"name":"ENV_FOO","value":"bar"},{"name":"ENV_BAR","valueFrom":{"secretKeyRef":{"name":"foo","key":"bar","optional":true}}}],` +
	`"resources":{"limits":{"foo":"1G"},"requests":{"foo":"500M"}}}`

func TestHashContainer(t *testing.T) {
	tests := []struct {
		name                 string
		container            string
		hash                 uint64
		hashWithoutResources uint64
	}{
		{
			name:                 "kubelet's hash test container",
			container:            hashTestContainer,
			hash:                 0x311670a, // the value the kubelet's test pins
			hashWithoutResources: 3892453397,
		},
		{
			name:                 "empty container",
			container:            `{"name":"","resources":{}}`,
			hash:                 3669393180,
			hashWithoutResources: 3669393180,
		},
		{
			name:                 "only resources",
			container:            `{"name":"","resources":{"limits":{"cpu":"1000m"}}}`,
			hash:                 100545424, // "1" is the canonical form of 1000m
			hashWithoutResources: 3669393180,
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var container v1.Container
			if err := json.Unmarshal([]byte(tt.container), &container); err != nil {
				t.Fatalf("decoding the container: %v", err)
			}
			before := container.DeepCopy()
			if got := HashContainer(&container); got != tt.hash {
				t.Errorf("HashContainer = %d, want %d", got, tt.hash)
			}
			if got := HashContainerWithoutResources(&container); got != tt.hashWithoutResources {
				t.Errorf("HashContainerWithoutResources = %d, want %d", got, tt.hashWithoutResources)
			}
			if !reflect.DeepEqual(&container, before) {
				t.Errorf("hashing modified the container: %+v, was %+v", container, *before)
			}
		})
	}
}

// TestHashContainerNil pins the hashes of a nil container: its encoding is
// "null", and HashContainerWithoutResources has no resources to drop.
func TestHashContainerNil(t *testing.T) {
	const want = 86995377 // FNV-1a 32 of "([]uint8)[110 117 108 108]"
	if got := referenceHashContainer(nil); got != want {
		t.Fatalf("the reference hashes nil as %d, test expects %d", got, want)
	}
	if got := HashContainer(nil); got != want {
		t.Errorf("HashContainer(nil) = %d, want %d", got, want)
	}
	if got := HashContainerWithoutResources(nil); got != want {
		t.Errorf("HashContainerWithoutResources(nil) = %d, want %d", got, want)
	}
}

// TestHashContainerEncodingError covers the one way to make the encoding
// fail: an IntOrString of unknown type. The error is logged and the hash is
// that of a nil byte slice, go-spew's "([]uint8)<nil>".
func TestHashContainerEncodingError(t *testing.T) {
	logs := captureKlog(t, "0")
	container := &v1.Container{
		Name:          "bad-port",
		LivenessProbe: &v1.Probe{ProbeHandler: v1.ProbeHandler{TCPSocket: &v1.TCPSocketAction{Port: intstr.IntOrString{Type: 7}}}},
	}
	const nilSliceHash = 0x7504e57 // FNV-1a 32 of "([]uint8)<nil>"
	if got := fnvSum([]byte("([]uint8)<nil>")); got != nilSliceHash {
		t.Fatalf("FNV-1a of the nil slice's text = %#x, test expects %#x", got, nilSliceHash)
	}
	if got := HashContainer(container); got != nilSliceHash {
		t.Errorf("HashContainer = %#x, want %#x", got, nilSliceHash)
	}
	if got := HashContainerWithoutResources(container); got != nilSliceHash {
		t.Errorf("HashContainerWithoutResources = %#x, want %#x", got, nilSliceHash)
	}
	if got := referenceHashContainer(container); got != nilSliceHash {
		t.Errorf("reference = %#x, want %#x", got, nilSliceHash)
	}
	entries := logs.Entries()
	if len(entries) != 2 {
		t.Fatalf("logged %d entries, want 2: %+v", len(entries), entries)
	}
	for _, e := range entries {
		const wantErr = "encoding *v1.Container as JSON: json: error calling MarshalJSON for type intstr.IntOrString: impossible IntOrString.Type"
		if !e.Error || e.Err == nil || e.Err.Error() != wantErr || e.Msg != "Failed to encode the container for its hash" ||
			fmt.Sprint(e.KeysAndValues) != "[containerName bad-port]" {
			t.Errorf("logged %+v, want ErrorS(%q, %q, containerName, bad-port)", e, wantErr, "Failed to encode the container for its hash")
		}
	}
}

func fnvSum(data []byte) uint64 {
	h := fnv.New32a()
	h.Write(data) // hash.Hash32 writes never fail
	return uint64(h.Sum32())
}

// TestHashContainerConcurrent hashes one container from several goroutines;
// under -race it shows that hashing only reads the container.
func TestHashContainerConcurrent(t *testing.T) {
	var container v1.Container
	if err := json.Unmarshal([]byte(hashTestContainer), &container); err != nil {
		t.Fatalf("decoding the container: %v", err)
	}
	const goroutines = 4
	errs := make(chan error, goroutines)
	for i := 0; i < goroutines; i++ {
		go func() {
			for j := 0; j < 20; j++ {
				if got := HashContainer(&container); got != 51472138 {
					errs <- fmt.Errorf("HashContainer = %d, want 51472138", got)
					return
				}
				if got := HashContainerWithoutResources(&container); got != 3892453397 {
					errs <- fmt.Errorf("HashContainerWithoutResources = %d, want 3892453397", got)
					return
				}
			}
			errs <- nil
		}()
	}
	for i := 0; i < goroutines; i++ {
		if err := <-errs; err != nil {
			t.Error(err)
		}
	}
}
