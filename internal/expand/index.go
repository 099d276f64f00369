package expand

// Backward scans of an env list may visit scanCostFactor entries per entry
// of the list, plus scanBudgetFloor, before an Index builds a map instead. A
// map insertion costs several times as much as comparing a name, and for a
// short list a map is never worth building; see
// BenchmarkExpandContainerCommandAndArgsEnvSize in package container.
const (
	scanCostFactor  = 4
	scanBudgetFloor = 256
)

// Entries tells an Index how to read an env list whose entries have type E.
// Implementations are empty structs, so that the calls need no closure.
type Entries[E any] interface {
	// LastIndex returns the index of the last entry called name, or -1. It
	// is the hot loop, so it is a plain typed loop rather than calls of
	// Entry.
	LastIndex(entries []E, name string) int
	// Entry returns an entry's name and value.
	Entry(e *E) (name, value string)
}

// Index finds the value of the last entry with a given name in an env list
// whose entries have type E, read through X, the way the kubelet's map of
// the list does (a later duplicate wins).
//
// It scans the list backwards, which for the short lists of nearly every
// container is much cheaper than building a map. Once its scans have
// together visited a few times as many entries as the list holds, it builds
// a map, so a long list with many references still costs time linear in its
// length. An Index is meant for one expansion call; it is not safe for
// concurrent use.
type Index[E any, X Entries[E]] struct {
	entries []E
	read    X
	// scanBudget is how many more entries scans may visit.
	scanBudget int
	byName     map[string]string
}

// NewIndex returns an Index of entries.
func NewIndex[E any, X Entries[E]](entries []E) Index[E, X] {
	return Index[E, X]{
		entries:    entries,
		scanBudget: scanCostFactor*len(entries) + scanBudgetFloor,
	}
}

// Lookup returns the value of the last entry called name and whether there
// is one. It has the signature of a Lookup.
func (x *Index[E, X]) Lookup(name string) (value string, defined bool) {
	if x.byName != nil {
		value, defined = x.byName[name]
		return value, defined
	}
	i := x.read.LastIndex(x.entries, name)
	if i >= 0 {
		_, value = x.read.Entry(&x.entries[i])
		x.spend(len(x.entries) - i)
		return value, true
	}
	x.spend(len(x.entries))
	return "", false
}

// spend takes visited entries from the scan budget and builds the map once
// the budget is exhausted.
func (x *Index[E, X]) spend(visited int) {
	x.scanBudget -= visited
	if x.scanBudget >= 0 {
		return
	}
	x.byName = make(map[string]string, len(x.entries))
	for i := range x.entries {
		name, value := x.read.Entry(&x.entries[i])
		x.byName[name] = value
	}
}
