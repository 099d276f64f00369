package statuscheck

import (
	"fmt"
	"reflect"
	"testing"

	"github.com/kubecontainer/kubecontainer/internal/golden"
	"github.com/kubecontainer/kubecontainer/internal/helpercheck"
)

// RuntimeStatus checks the parts of a runtimestatus line every line has:
// its "string" and its condition "lookups". newStatus builds the line's
// RuntimeStatus (of type R, with conditions of type C) from the line's
// inputs; text is its String and lookup its GetRuntimeCondition.
func RuntimeStatus[R, C any](newStatus func(tb testing.TB, line golden.Line) R, text func(R) string, lookup func(R, string) *C) helpercheck.Check {
	return func(tb testing.TB, line golden.Line) []string {
		var g struct {
			String  string `json:"string"`
			Lookups []struct {
				Type  string `json:"type"`
				Found *C     `json:"found"`
			} `json:"lookups"`
		}
		line.Decode(tb, &g)
		status := newStatus(tb, line)
		var diffs []string
		if got := text(status); got != g.String {
			diffs = append(diffs, fmt.Sprintf("String() = %q, kubelet gives %q", got, g.String))
		}
		for _, l := range g.Lookups {
			if got := lookup(status, l.Type); !reflect.DeepEqual(got, l.Found) {
				diffs = append(diffs, fmt.Sprintf("GetRuntimeCondition(%q) = %+v, kubelet gives %+v", l.Type, got, l.Found))
			}
		}
		return diffs
	}
}
