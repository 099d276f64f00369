package helpercheck

import (
	"encoding/json"
	"fmt"
	"sort"
	"testing"

	v1 "k8s.io/api/core/v1"

	"github.com/kubecontainer/kubecontainer/internal/golden"
)

// HashFunc is a line's hash of a container, such as HashContainer.
type HashFunc func(*v1.Container) uint64

// HashCheck checks a hash.jsonl line: {"container": .., key: hash, ...}.
// hashes maps each key the line's set has ("hash", and in v1.27
// "hashWithoutResources") to the function that must give that value.
func HashCheck(hashes map[string]HashFunc) Check {
	keys := make([]string, 0, len(hashes))
	for key := range hashes {
		keys = append(keys, key)
	}
	sort.Strings(keys)
	return func(tb testing.TB, line golden.Line) []string {
		var g struct {
			Container v1.Container `json:"container"`
		}
		line.Decode(tb, &g)
		var want map[string]json.RawMessage
		line.Decode(tb, &want)
		var diffs []string
		for _, key := range keys {
			var wantHash uint64
			if err := json.Unmarshal(want[key], &wantHash); err != nil {
				diffs = append(diffs, fmt.Sprintf("%q is no hash: %v", key, err))
				continue
			}
			if got := hashes[key](&g.Container); got != wantHash {
				diffs = append(diffs, fmt.Sprintf("%s = %d, kubelet gives %d", key, got, wantHash))
			}
		}
		return diffs
	}
}
