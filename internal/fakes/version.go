package fakes

// CompareText compares a and b as plain strings, byte by byte, with no
// version parsing ("1.10" is before "1.9"): 1 when a is greater, -1 when it
// is smaller, 0 when they are equal.
func CompareText(a, b string) int {
	switch {
	case a > b:
		return 1
	case a < b:
		return -1
	}
	return 0
}
