package main

import (
	"bytes"
	"encoding/json"
	"errors"
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

// A header is what scanObject reads of an object: its identity, and the
// first quantity out of bounds, if any.
type header struct {
	apiVersion, kind, name, namespace string
	// quantityErr is about the first quantity longer than
	// maxQuantityLength or with an exponent of more than
	// maxQuantityExponentDigits digits. Quantities are the values of the
	// maps isQuantityMap names and of "sizeLimit" fields.
	quantityErr error
}

// scanObject reads the header of the JSON object data in one pass over its
// bytes, without decoding it. data must be valid JSON; an error says it is
// not an object, or that a field of the header is not a string.
func scanObject(data []byte) (header, error) {
	type frame struct {
		object     bool
		quantities bool
		key        []byte
	}
	var h header
	var stack []frame
	expectKey := false
	for i := 0; i < len(data); {
		c := data[i]
		switch c {
		case ' ', '\t', '\r', '\n', ':':
			i++
			continue
		}
		if len(stack) == 0 && c != '{' {
			return header{}, errors.New("not a Kubernetes object (want a mapping with apiVersion and kind)")
		}
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
			stack = stack[:len(stack)-1]
			if len(stack) == 0 {
				return h, nil
			}
			i++
		case ',':
			expectKey = stack[len(stack)-1].object
			i++
		case '"':
			end := stringEnd(data, i+1)
			value := data[i+1 : end]
			i = end + 1
			top := &stack[len(stack)-1]
			if !top.object {
				continue
			}
			if expectKey {
				top.key = value
				expectKey = false
				continue
			}
			if field := headerField(&h, stack[0].key, len(stack), top.key); field != nil {
				decoded, err := unquote(data[end-len(value)-1 : end+1])
				if err != nil {
					return header{}, err
				}
				*field = decoded
			}
			h.checkQuantity(top.quantities, top.key, value)
		default:
			end := i
			for end < len(data) && !endsLiteral(data[end]) {
				end++
			}
			value := data[i:end]
			i = end
			top := stack[len(stack)-1]
			if !top.object {
				continue
			}
			if headerField(&h, stack[0].key, len(stack), top.key) != nil && string(value) != "null" {
				return header{}, fmt.Errorf("%s is %s, not a string", headerPath(stack[0].key, len(stack), top.key), value)
			}
			h.checkQuantity(top.quantities, top.key, value)
		}
	}
	// Valid JSON that does not close an object is not one at all.
	return header{}, errors.New("not a Kubernetes object (want a mapping with apiVersion and kind)")
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

// headerField returns the field of h that a string value under key, in an
// object at depth (1 for the top level) whose own key is parentKey, is: a
// top-level apiVersion or kind, metadata's name or namespace. It returns
// nil for any other value.
func headerField(h *header, parentKey []byte, depth int, key []byte) *string {
	switch {
	case depth == 1 && string(key) == "apiVersion":
		return &h.apiVersion
	case depth == 1 && string(key) == "kind":
		return &h.kind
	case depth == 2 && string(parentKey) == "metadata" && string(key) == "name":
		return &h.name
	case depth == 2 && string(parentKey) == "metadata" && string(key) == "namespace":
		return &h.namespace
	}
	return nil
}

// headerPath names a header field for messages: "metadata.name".
func headerPath(parentKey []byte, depth int, key []byte) string {
	if depth == 2 {
		return string(parentKey) + "." + string(key)
	}
	return string(key)
}

// unquote decodes the JSON string quoted, quotes included.
func unquote(quoted []byte) (string, error) {
	if bytes.IndexByte(quoted, '\\') < 0 {
		return string(quoted[1 : len(quoted)-1]), nil
	}
	var s string
	err := json.Unmarshal(quoted, &s)
	return s, err
}

// checkQuantity records in h.quantityErr the first bad quantity: value,
// found under key in an object that is a quantity map or not.
func (h *header) checkQuantity(inQuantityMap bool, key, value []byte) {
	if h.quantityErr != nil || !inQuantityMap && string(key) != "sizeLimit" {
		return
	}
	if len(value) > maxQuantityLength {
		h.quantityErr = fmt.Errorf("quantity for %q is %d characters long (at most %d are read)", key, len(value), maxQuantityLength)
	} else if digits := exponentDigits(value); digits > maxQuantityExponentDigits {
		h.quantityErr = fmt.Errorf("quantity %q for %q has an exponent of %d digits (at most %d are read)",
			value, key, digits, maxQuantityExponentDigits)
	}
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
