package containerhash

import (
	"bytes"
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"sort"
	"testing"

	v1 "k8s.io/api/core/v1"

	"github.com/kubecontainer/kubecontainer/internal/apifields"
	"github.com/kubecontainer/kubecontainer/internal/golden"
)

// goldenSets returns the folders of the repository that hold a golden set
// with hash.jsonl, by the kubelet minor that computed it: the v1.27 line's
// (container/testdata) and each kubelet-1.NN line's (its testdata,
// testdata/shared and the sets below that). A line whose set appears later
// is read as soon as it is there.
func goldenSets(t *testing.T) map[int][]string {
	t.Helper()
	sets := map[int][]string{}
	add := func(minor int, patterns ...string) {
		for _, pattern := range patterns {
			dirs, err := filepath.Glob(pattern)
			if err != nil {
				t.Fatal(err)
			}
			for _, dir := range dirs {
				manifest, err := os.ReadFile(filepath.Join(dir, "manifest.json"))
				if err == nil && bytes.Contains(manifest, []byte(`"hash.jsonl"`)) {
					sets[minor] = append(sets[minor], dir)
				}
			}
		}
	}
	add(27, filepath.Join("..", "container", "testdata"))
	for minor := OldestMinor + 1; minor <= NewestMinor; minor++ {
		line := filepath.Join("..", fmt.Sprintf("kubelet-1.%d", minor), "container", "testdata")
		add(minor, line, filepath.Join(line, "shared"), filepath.Join(line, "shared", "*"))
	}
	return sets
}

// buildHasAPI reports whether this build's v1.Container has every field of
// the API of minor: with go.mod's k8s.io/api v0.27 it lacks the newer ones.
func buildHasAPI(minor int) bool {
	var fields []apifields.Field
	for _, f := range apifields.ContainerFields() {
		if f.In(minor) {
			fields = append(fields, f)
		}
	}
	return apifields.Resolve[v1.Container](fields).Len() == len(fields)
}

// TestGolden checks the hashes of every container of every line's golden
// hash.jsonl against those the line's real kubelet computed. A container
// whose fields this build's k8s.io/api does not have cannot be decoded into
// it and is counted; under a build that has the minor's whole API there is
// none.
func TestGolden(t *testing.T) {
	sets := goldenSets(t)
	for _, minor := range []int{27, 29, 32, 37} {
		if len(sets[minor]) == 0 {
			t.Errorf("no golden set of kubelet v1.%d found", minor)
		}
	}
	minors := make([]int, 0, len(sets))
	for minor := range sets {
		minors = append(minors, minor)
	}
	sort.Ints(minors)
	for _, minor := range minors {
		minor := minor
		t.Run(fmt.Sprintf("1.%d", minor), func(t *testing.T) {
			k, err := New(minor)
			if err != nil {
				t.Fatal(err)
			}
			checked, undecodable := 0, 0
			for _, line := range golden.ReadSets(t, sets[minor], "hash.jsonl") {
				var g struct {
					Container            json.RawMessage `json:"container"`
					Hash                 uint64          `json:"hash"`
					HashWithoutResources *uint64         `json:"hashWithoutResources"`
				}
				line.Decode(t, &g)
				c, err := decodeStrict(g.Container)
				if err != nil {
					undecodable++
					continue
				}
				got, err := k.Hash(c)
				if err != nil {
					t.Errorf("%s: %v", line.Where, err)
					continue
				}
				if got.Hash != g.Hash || got.HasWithoutResources != (g.HashWithoutResources != nil) ||
					g.HashWithoutResources != nil && got.WithoutResources != *g.HashWithoutResources {
					t.Errorf("%s: hashes %+v, want %d and %v", line.Where, got, g.Hash, g.HashWithoutResources)
				}
				checked++
			}
			if undecodable > 0 && buildHasAPI(minor) {
				t.Errorf("%d containers do not decode into this build's types, which have v1.%d's API", undecodable, minor)
			}
			t.Logf("kubelet v1.%d: %d golden containers match (%v); %d set fields this build's k8s.io/api lacks",
				minor, checked, sets[minor], undecodable)
		})
	}
}

// decodeStrict decodes a container, failing on a field this build's
// types do not have.
func decodeStrict(data []byte) (*v1.Container, error) {
	dec := json.NewDecoder(bytes.NewReader(data))
	dec.DisallowUnknownFields()
	var c v1.Container
	if err := dec.Decode(&c); err != nil {
		return nil, err
	}
	return &c, nil
}
