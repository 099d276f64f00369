package helpercheck

import (
	"sort"
	"testing"

	"github.com/kubecontainer/kubecontainer/internal/golden"
)

// Check compares one golden line with the line's functions and describes
// each difference; nil means the line matches.
type Check func(tb testing.TB, line golden.Line) []string

// Walk runs check on every line, reports each difference as a test error
// naming the line, and logs how many lines matched under name.
func Walk(t *testing.T, name string, lines []golden.Line, check Check) {
	t.Helper()
	matched := 0
	for _, line := range lines {
		diffs := check(t, line)
		for _, d := range diffs {
			t.Errorf("%s: %s", line.Where, d)
		}
		if len(diffs) == 0 {
			matched++
		}
	}
	t.Logf("%s: %d/%d lines match", name, matched, len(lines))
}

// Files walks each golden file named in checks, in every golden set of the
// line (golden.Lines), with its check, in a subtest named after the file.
func Files(t *testing.T, checks map[string]Check) {
	t.Helper()
	names := make([]string, 0, len(checks))
	for name := range checks {
		names = append(names, name)
	}
	sort.Strings(names)
	for _, name := range names {
		t.Run(name, func(t *testing.T) {
			Walk(t, name, golden.Lines(t, name), checks[name])
		})
	}
}

// errorText returns err's text, or "" for nil.
func errorText(err error) string {
	if err == nil {
		return ""
	}
	return err.Error()
}
