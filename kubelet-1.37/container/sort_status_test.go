package container

import (
	"fmt"
	"sort"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
)

func TestSortContainerStatusesByCreationTime(t *testing.T) {
	at := func(sec int, zone *time.Location) time.Time { return time.Unix(int64(sec), 0).In(zone) }
	east := time.FixedZone("+05:30", 19800)
	tests := []struct {
		name     string
		statuses []*Status
		want     []string
	}{
		{"empty", nil, nil},
		{"oldest first, zero time first of all", []*Status{
			{Name: "b", CreatedAt: at(20, time.UTC)}, {Name: "zero"}, {Name: "a", CreatedAt: at(10, east)},
		}, []string{"zero", "a", "b"}},
		{"same instant in other zones keeps its order in short lists", []*Status{
			{Name: "x", CreatedAt: at(10, east)}, {Name: "y", CreatedAt: at(10, time.UTC)}, {Name: "w", CreatedAt: at(5, time.UTC)},
		}, []string{"w", "x", "y"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			sort.Sort(SortContainerStatusesByCreationTime(tt.statuses))
			var names []string
			for _, s := range tt.statuses {
				names = append(names, s.Name)
			}
			assert.Equal(t, tt.want, names)
		})
	}
}

func TestSortContainerStatusesByCreationTimeOrdersLongLists(t *testing.T) {
	var statuses SortContainerStatusesByCreationTime
	for i := 0; i < 40; i++ {
		statuses = append(statuses, &Status{Name: fmt.Sprint(i), CreatedAt: time.Unix(int64((i*7)%5), 0)})
	}
	sort.Sort(statuses)
	assert.True(t, sort.IsSorted(statuses))
	assert.Equal(t, 40, statuses.Len())
}
