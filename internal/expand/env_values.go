package expand

// maxScans is how many lookups an envValues answers by scanning its list
// before it builds a map instead. Sixteen backward scans of a list cost
// less than building the map of that list, and the lists of nearly every
// container are short and read a few times: so those calls never build a
// map, and a long list with many references costs at most sixteen scans
// more than a map alone (BenchmarkEnvLookup).
const maxScans = 16

// envValues finds the value of a name in an env list whose entries have
// type E, read through R, as the kubelet's map of the list does: the last
// entry with the name wins. The first maxScans lookups scan the list from
// its end; the next one builds the map, which answers every lookup after
// it. It is meant for one expansion call and is not safe for concurrent
// use.
type envValues[E any, R envReader[E]] struct {
	entries []E
	read    R
	// scans counts the lookups answered by scanning.
	scans  int
	byName map[string]string
}

// Lookup returns the value of the last entry called name and whether there
// is one. It has the signature of a Lookup.
func (x *envValues[E, R]) Lookup(name string) (value string, defined bool) {
	if x.byName == nil && x.scans < maxScans {
		x.scans++
		i := x.read.lastIndex(x.entries, name)
		if i < 0 {
			return "", false
		}
		_, value = x.read.nameValue(&x.entries[i])
		return value, true
	}
	if x.byName == nil {
		x.byName = make(map[string]string, len(x.entries))
		for i := range x.entries {
			entryName, entryValue := x.read.nameValue(&x.entries[i])
			x.byName[entryName] = entryValue
		}
	}
	value, defined = x.byName[name]
	return value, defined
}
