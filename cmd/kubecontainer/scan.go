package main

import (
	"bytes"
	"fmt"
)

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

// checkQuantities returns an error for the first resource quantity in the
// JSON object data that is longer than maxQuantityLength or has an
// exponent of more than maxQuantityExponentDigits digits. Quantities are
// the values of the maps isQuantityMap names and of "sizeLimit" fields.
// data must be valid JSON.
func checkQuantities(data []byte) error {
	type frame struct {
		object     bool
		quantities bool
		key        []byte
	}
	var stack []frame
	expectKey := false
	for i := 0; i < len(data); {
		c := data[i]
		switch c {
		case '{', '[':
			f := frame{object: c == '{'}
			if n := len(stack); n > 0 && stack[n-1].object {
				f.quantities = c == '{' && isQuantityMap(stack[n-1].key)
			}
			stack = append(stack, f)
			expectKey = c == '{'
			i++
		case '}', ']':
			if len(stack) > 0 {
				stack = stack[:len(stack)-1]
			}
			i++
		case ',':
			expectKey = len(stack) > 0 && stack[len(stack)-1].object
			i++
		case ':', ' ', '\t', '\r', '\n':
			i++
		case '"':
			end := stringEnd(data, i+1)
			value := data[i+1 : end]
			i = end + 1
			if len(stack) == 0 || !stack[len(stack)-1].object {
				continue
			}
			top := &stack[len(stack)-1]
			if expectKey {
				top.key = value
				expectKey = false
				continue
			}
			if err := checkQuantityValue(top.quantities, top.key, value); err != nil {
				return err
			}
		default:
			end := i
			for end < len(data) && !endsLiteral(data[end]) {
				end++
			}
			value := data[i:end]
			i = end
			if n := len(stack); n > 0 && stack[n-1].object {
				if err := checkQuantityValue(stack[n-1].quantities, stack[n-1].key, value); err != nil {
					return err
				}
			}
		}
	}
	return nil
}

// endsLiteral reports whether c ends a JSON number, true, false or null.
func endsLiteral(c byte) bool {
	switch c {
	case ',', '}', ']', ' ', '\t', '\r', '\n':
		return true
	}
	return false
}

// stringEnd returns the index of the quote that ends the JSON string whose
// content starts at start, or len(data).
func stringEnd(data []byte, start int) int {
	for i := start; i < len(data); {
		j := bytes.IndexAny(data[i:], `"\`)
		if j < 0 {
			return len(data)
		}
		i += j
		if data[i] == '"' {
			return i
		}
		i += 2
	}
	return len(data)
}

// checkQuantityValue checks value, found under key in an object that is a
// quantity map or not.
func checkQuantityValue(inQuantityMap bool, key, value []byte) error {
	if !inQuantityMap && string(key) != "sizeLimit" {
		return nil
	}
	if len(value) > maxQuantityLength {
		return fmt.Errorf("quantity for %q is %d characters long (at most %d are read)", key, len(value), maxQuantityLength)
	}
	if digits := exponentDigits(value); digits > maxQuantityExponentDigits {
		return fmt.Errorf("quantity %q for %q has an exponent of %d digits (at most %d are read)", value, key, digits, maxQuantityExponentDigits)
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
