package expand

import (
	"fmt"
	"testing"
)

type testEntry struct{ name, value string }

type testEntries struct{}

func (testEntries) LastIndex(entries []testEntry, name string) int {
	for i := len(entries) - 1; i >= 0; i-- {
		if entries[i].name == name {
			return i
		}
	}
	return -1
}

func (testEntries) Entry(e *testEntry) (string, string) { return e.name, e.value }

func newTestIndex(entries []testEntry) Index[testEntry, testEntries] {
	return NewIndex[testEntry, testEntries](entries)
}

func TestIndexLookup(t *testing.T) {
	entries := []testEntry{{"A", "first"}, {"B", "b"}, {"", "empty-name"}, {"E", ""}, {"A", "last"}}
	tests := []struct {
		name, value string
		defined     bool
	}{
		{"A", "last", true},
		{"B", "b", true},
		{"", "empty-name", true},
		{"E", "", true},
		{"a", "", false},
		{"MISSING", "", false},
	}
	index := newTestIndex(entries)
	for _, tt := range tests {
		value, defined := index.Lookup(tt.name)
		if value != tt.value || defined != tt.defined {
			t.Errorf("Lookup(%q) = %q, %v; want %q, %v", tt.name, value, defined, tt.value, tt.defined)
		}
	}
	if index.byName != nil {
		t.Errorf("a few lookups in a short list built a map")
	}
}

// TestIndexSwitchesToMap checks that many lookups in a long list build the
// map, and that the answers stay those of a backward scan.
func TestIndexSwitchesToMap(t *testing.T) {
	const size = 100
	var entries []testEntry
	want := map[string]string{}
	for i := 0; i < size; i++ {
		name := fmt.Sprintf("VAR_%d", i%(size/2)) // every name twice
		entries = append(entries, testEntry{name, fmt.Sprint(i)})
		want[name] = fmt.Sprint(i)
	}
	index := newTestIndex(entries)
	lookups := 0
	for round := 0; index.byName == nil; round++ {
		if round > scanCostFactor+scanBudgetFloor {
			t.Fatalf("no map after %d lookups", lookups)
		}
		for _, name := range []string{"VAR_0", "VAR_49", "UNDEFINED"} {
			value, defined := index.Lookup(name)
			lookups++
			if wantValue, wantDefined := want[name]; value != wantValue || defined != wantDefined {
				t.Fatalf("lookup %d: Lookup(%q) = %q, %v; want %q, %v", lookups, name, value, defined, wantValue, wantDefined)
			}
		}
	}
	for name, wantValue := range want {
		if value, defined := index.Lookup(name); value != wantValue || !defined {
			t.Errorf("with the map: Lookup(%q) = %q, %v; want %q, true", name, value, defined, wantValue)
		}
	}
	if value, defined := index.Lookup("UNDEFINED"); value != "" || defined {
		t.Errorf("with the map: Lookup(\"UNDEFINED\") = %q, %v; want \"\", false", value, defined)
	}
}

func TestIndexEmpty(t *testing.T) {
	index := newTestIndex(nil)
	for i := 0; i < 2*scanBudgetFloor; i++ {
		if value, defined := index.Lookup("A"); value != "" || defined {
			t.Fatalf("Lookup(\"A\") in an empty list = %q, %v", value, defined)
		}
	}
}
