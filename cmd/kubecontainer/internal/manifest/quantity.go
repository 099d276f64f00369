package manifest

import "fmt"

// Bounds of a resource quantity in the input, checked before the
// k8s.io/apimachinery parser sees it: a quantity like "1e-99999999" is
// valid syntax that takes that parser minutes and gigabytes.
const (
	// maxQuantityLength is far beyond any real quantity ("128974848",
	// "1.5Gi", "500m").
	maxQuantityLength = 64
	// maxQuantityExponentDigits allows exponents up to ±999.
	maxQuantityExponentDigits = 3
)

// isQuantityMap reports whether the object under key holds resource
// quantities by resource name (resources.limits, overhead, ...).
func isQuantityMap(key []byte) bool {
	switch string(key) {
	case "limits", "requests", "overhead", "allocatedResources", "capacity", "allocatable", "hard", "used":
		return true
	}
	return false
}

// checkQuantity returns an error when the quantity q, the decoded value of
// the member key, is longer than maxQuantityLength or has an exponent of
// more than maxQuantityExponentDigits digits.
func checkQuantity(key string, q []byte) error {
	if len(q) > maxQuantityLength {
		return fmt.Errorf("quantity for %q is %d characters long (at most %d are read)", key, len(q), maxQuantityLength)
	}
	if digits := exponentDigits(q); digits > maxQuantityExponentDigits {
		return fmt.Errorf("quantity %q for %q has an exponent of %d digits (at most %d are read)",
			q, key, digits, maxQuantityExponentDigits)
	}
	return nil
}

// exponentDigits returns the number of digits of the decimal exponent of a
// quantity ("1e-12" has 2), or 0 when it has none. The "E" of exa with no
// digits after it is no exponent.
func exponentDigits(q []byte) int {
	for i := 1; i < len(q); i++ {
		if q[i] != 'e' && q[i] != 'E' {
			continue
		}
		rest := q[i+1:]
		if len(rest) > 0 && (rest[0] == '+' || rest[0] == '-') {
			rest = rest[1:]
		}
		digits := 0
		for digits < len(rest) && rest[digits] >= '0' && rest[digits] <= '9' {
			digits++
		}
		return digits
	}
	return 0
}
