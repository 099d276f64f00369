package statuscheck

import (
	"encoding/json"
	"sort"
	"testing"

	"github.com/kubecontainer/kubecontainer/internal/golden"
	"github.com/kubecontainer/kubecontainer/internal/helpercheck"
)

// Kinds runs, on every line whose "kind" has an entry in checks, that
// check; lines of other kinds are left to other tests. Each difference is
// a test error naming the line, a kind without any line is an error too,
// and the matched and walked lines per kind are logged.
func Kinds(t *testing.T, lines []golden.Line, checks map[string]helpercheck.Check) {
	t.Helper()
	matched, walked := map[string]int{}, map[string]int{}
	for _, line := range lines {
		var head struct {
			Kind string `json:"kind"`
		}
		if err := json.Unmarshal(line.Data, &head); err != nil {
			t.Errorf("%s: %v", line.Where, err)
			continue
		}
		check, ok := checks[head.Kind]
		if !ok {
			continue
		}
		walked[head.Kind]++
		diffs := check(t, line)
		for _, d := range diffs {
			t.Errorf("%s: %s", line.Where, d)
		}
		if len(diffs) == 0 {
			matched[head.Kind]++
		}
	}
	kinds := make([]string, 0, len(checks))
	for kind := range checks {
		kinds = append(kinds, kind)
	}
	sort.Strings(kinds)
	for _, kind := range kinds {
		if walked[kind] == 0 {
			t.Errorf("no %q line", kind)
		}
		t.Logf("kind %s: %d/%d lines match", kind, matched[kind], walked[kind])
	}
}

// All returns a check that runs every one of checks on the line and
// reports all their differences.
func All(checks ...helpercheck.Check) helpercheck.Check {
	return func(tb testing.TB, line golden.Line) []string {
		var diffs []string
		for _, check := range checks {
			diffs = append(diffs, check(tb, line)...)
		}
		return diffs
	}
}
