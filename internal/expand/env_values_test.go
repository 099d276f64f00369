package expand

import (
	"fmt"
	"testing"
)

type testEntry struct{ name, value string }

// testEntries reads a []testEntry.
type testEntries struct{}

func (testEntries) lastIndex(entries []testEntry, name string) int {
	for i := len(entries) - 1; i >= 0; i-- {
		if entries[i].name == name {
			return i
		}
	}
	return -1
}

func (testEntries) nameValue(e *testEntry) (string, string) { return e.name, e.value }

func newTestValues(entries []testEntry) *envValues[testEntry, testEntries] {
	return &envValues[testEntry, testEntries]{entries: entries}
}

func TestEnvValuesLookup(t *testing.T) {
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
	values := newTestValues(entries)
	for _, tt := range tests {
		value, defined := values.Lookup(tt.name)
		if value != tt.value || defined != tt.defined {
			t.Errorf("Lookup(%q) = %q, %v; want %q, %v", tt.name, value, defined, tt.value, tt.defined)
		}
	}
	if values.byName != nil {
		t.Errorf("%d lookups built a map; only the lookup after the first %d does", len(tests), maxScans)
	}
}

// TestEnvValuesSwitchesToMap checks that the lookup after the first
// maxScans builds the map, and that the answers stay those of a backward
// scan before and after.
func TestEnvValuesSwitchesToMap(t *testing.T) {
	const size = 100
	var entries []testEntry
	want := map[string]string{}
	for i := 0; i < size; i++ {
		name := fmt.Sprintf("VAR_%d", i%(size/2)) // every name twice
		entries = append(entries, testEntry{name, fmt.Sprint(i)})
		want[name] = fmt.Sprint(i)
	}
	values := newTestValues(entries)
	names := []string{"VAR_0", "VAR_49", "UNDEFINED"}
	for lookup := 1; lookup <= 2*maxScans; lookup++ {
		name := names[lookup%len(names)]
		value, defined := values.Lookup(name)
		if wantValue, wantDefined := want[name]; value != wantValue || defined != wantDefined {
			t.Fatalf("lookup %d: Lookup(%q) = %q, %v; want %q, %v", lookup, name, value, defined, wantValue, wantDefined)
		}
		if hasMap := values.byName != nil; hasMap != (lookup > maxScans) {
			t.Fatalf("after lookup %d: map built = %v, want %v", lookup, hasMap, lookup > maxScans)
		}
	}
	for name, wantValue := range want {
		if value, defined := values.Lookup(name); value != wantValue || !defined {
			t.Errorf("with the map: Lookup(%q) = %q, %v; want %q, true", name, value, defined, wantValue)
		}
	}
	if value, defined := values.Lookup("UNDEFINED"); value != "" || defined {
		t.Errorf("with the map: Lookup(\"UNDEFINED\") = %q, %v; want \"\", false", value, defined)
	}
}

func TestEnvValuesEmpty(t *testing.T) {
	values := newTestValues(nil)
	for i := 0; i < 2*maxScans; i++ {
		if value, defined := values.Lookup("A"); value != "" || defined {
			t.Fatalf("Lookup(\"A\") in an empty list = %q, %v", value, defined)
		}
	}
}
