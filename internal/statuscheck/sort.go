package statuscheck

import (
	"fmt"
	"reflect"
	"testing"

	"github.com/kubecontainer/kubecontainer/internal/golden"
	"github.com/kubecontainer/kubecontainer/internal/helpercheck"
)

// SortStatus checks a sortstatus line: sortStatuses (a line's sort.Sort
// over SortContainerStatusesByCreationTime) must put a copy of the line's
// statuses, of the line's Status type S, in the order of "sortedIndices",
// and id (a status's ID.String()) must give "sortedIDs".
func SortStatus[S any](sortStatuses func([]*S), id func(*S) string) helpercheck.Check {
	return func(tb testing.TB, line golden.Line) []string {
		var g struct {
			Statuses      []*S     `json:"statuses"`
			SortedIDs     []string `json:"sortedIDs"`
			SortedIndices []int    `json:"sortedIndices"`
		}
		line.Decode(tb, &g)
		index := make(map[*S]int, len(g.Statuses))
		for i, s := range g.Statuses {
			index[s] = i
		}
		sorted := append([]*S(nil), g.Statuses...)
		sortStatuses(sorted)
		ids, indices := []string{}, []int{}
		for _, s := range sorted {
			ids = append(ids, id(s))
			indices = append(indices, index[s])
		}
		if !reflect.DeepEqual(indices, g.SortedIndices) || !reflect.DeepEqual(ids, g.SortedIDs) {
			return []string{fmt.Sprintf("sorted to %v %q, kubelet gives %v %q", indices, ids, g.SortedIndices, g.SortedIDs)}
		}
		return nil
	}
}
