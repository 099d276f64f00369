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

// maxDepth is how deeply arrays and objects may nest, as in encoding/json.
const maxDepth = 10000

// errNotAnObject says the input is valid JSON but not an object.
var errNotAnObject = errors.New("not a Kubernetes object (want a mapping with apiVersion and kind)")

// isQuantityMap reports whether the object under key holds resource
// quantities by resource name (resources.limits, overhead, ...).
func isQuantityMap(key []byte) bool {
	switch string(key) {
	case "limits", "requests", "overhead", "allocatedResources", "capacity", "allocatable", "hard", "used":
		return true
	}
	return false
}

// A header is what scanObject reads of an object: its identity, the copy
// of it that the decoder reads, and the first quantity out of bounds, if
// any.
type header struct {
	apiVersion, kind, name, namespace string
	// decodable is the object as the decoder reads it: without white
	// space, and with null for the values of its top-level metadata and
	// status. Neither reaches the kubelet's hash: the name and namespace
	// are read here, and the API server resets the status of an object it
	// creates. A live object's status is most of its bytes and holds
	// fields newer than the v1.27 API: not decoding it saves time, and
	// notes about fields that do not matter.
	decodable []byte
	// quantityErr is about the first quantity longer than
	// maxQuantityLength or with an exponent of more than
	// maxQuantityExponentDigits digits. Quantities are the values of the
	// maps isQuantityMap names and of "sizeLimit" fields.
	quantityErr error
}

// scanObject checks that data is one JSON object and reads its header, in
// one pass over its bytes and without decoding it. An error says data is
// not valid JSON, not an object, or that a field of the header is not a
// string.
func scanObject(data []byte) (header, error) {
	s := scanner{data: data, out: make([]byte, 0, len(data))}
	s.skipSpace()
	if s.pos == len(data) {
		return header{}, errNotAnObject
	}
	if data[s.pos] != '{' {
		// Check the syntax first: invalid JSON is not "not an object".
		if err := s.value(place{}); err != nil {
			return header{}, err
		}
		return header{}, errNotAnObject
	}
	if err := s.value(place{}); err != nil {
		return header{}, err
	}
	s.skipSpace()
	if s.pos < len(data) {
		return header{}, s.syntaxError("after the object")
	}
	s.h.decodable = s.out
	return s.h, nil
}

// A scanner checks JSON syntax from data[pos] on, fills in a header, and
// copies what it reads to out, less white space and unread values.
type scanner struct {
	data []byte
	pos  int
	h    header
	out  []byte
	// unread is true while reading a value that out gets as null.
	unread bool
}

// A place is where a value is in the object being scanned.
type place struct {
	// depth is 0 for the object itself, 1 for its fields, and so on.
	depth int
	// parentKey is the key of the object or array holding the value, and
	// key the value's own key; nil for an element of an array.
	parentKey, key []byte
	// inQuantityMap is true when the value is a field of a quantity map.
	inQuantityMap bool
}

// field returns the place of the field key of the object at p.
func (p place) field(key []byte) place {
	return place{depth: p.depth + 1, parentKey: p.key, key: key, inQuantityMap: isQuantityMap(p.key)}
}

// element returns the place of an element of the array at p.
func (p place) element() place {
	return place{depth: p.depth + 1, parentKey: p.key}
}

// value scans the value at s.pos, which is at p.
func (s *scanner) value(p place) error {
	if p.depth > maxDepth {
		return fmt.Errorf("invalid JSON: nested more than %d levels deep", maxDepth)
	}
	s.skipSpace()
	if s.pos == len(s.data) {
		return s.syntaxError("looking for a value")
	}
	if p.depth == 1 && (string(p.key) == "metadata" || string(p.key) == "status") {
		s.out = append(s.out, "null"...)
		s.unread = true
		err := s.anyValue(p)
		s.unread = false
		return err
	}
	return s.anyValue(p)
}

// anyValue scans the value at s.pos, which is at p and not white space.
func (s *scanner) anyValue(p place) error {
	switch s.data[s.pos] {
	case '{':
		return s.object(p)
	case '[':
		return s.array(p)
	case '"':
		return s.stringValue(p)
	}
	return s.literalValue(p)
}

// object scans the object at s.pos, which is at p.
func (s *scanner) object(p place) error {
	s.delimiter('{')
	s.skipSpace()
	if s.delimiter('}') {
		return nil
	}
	for {
		s.skipSpace()
		if s.pos == len(s.data) || s.data[s.pos] != '"' {
			return s.syntaxError("looking for a key")
		}
		key, err := s.str()
		if err != nil {
			return err
		}
		s.skipSpace()
		if !s.delimiter(':') {
			return s.syntaxError("after a key")
		}
		if err := s.value(p.field(key)); err != nil {
			return err
		}
		s.skipSpace()
		if s.delimiter('}') {
			return nil
		}
		if !s.delimiter(',') {
			return s.syntaxError("after a field")
		}
	}
}

// array scans the array at s.pos, which is at p.
func (s *scanner) array(p place) error {
	s.delimiter('[')
	s.skipSpace()
	if s.delimiter(']') {
		return nil
	}
	for {
		if err := s.value(p.element()); err != nil {
			return err
		}
		s.skipSpace()
		if s.delimiter(']') {
			return nil
		}
		if !s.delimiter(',') {
			return s.syntaxError("after an element")
		}
	}
}

// stringValue scans the string at s.pos, which is at p, and records it
// when it is a header field or a quantity.
func (s *scanner) stringValue(p place) error {
	start := s.pos
	content, err := s.str()
	if err != nil {
		return err
	}
	if field := s.h.field(p); field != nil {
		decoded, err := unquote(s.data[start:s.pos])
		if err != nil {
			return err
		}
		*field = decoded
	}
	s.h.checkQuantity(p, content)
	return nil
}

// literalValue scans the number, true, false or null at s.pos, which is
// at p. A header field must be null; a quantity is checked.
func (s *scanner) literalValue(p place) error {
	start := s.pos
	switch {
	case s.consumeWord("true"), s.consumeWord("false"), s.consumeWord("null"):
	default:
		if err := s.number(); err != nil {
			return err
		}
	}
	s.copyOut(start)
	literal := s.data[start:s.pos]
	if s.h.field(p) != nil && string(literal) != "null" {
		return fmt.Errorf("%s is %s, not a string", headerPath(p), literal)
	}
	s.h.checkQuantity(p, literal)
	return nil
}

// str scans the string at s.pos and returns its content, escapes
// undecoded.
func (s *scanner) str() ([]byte, error) {
	s.pos++ // '"'
	start := s.pos
	for s.pos < len(s.data) {
		switch c := s.data[s.pos]; {
		case c == '"':
			s.pos++
			s.copyOut(start - 1)
			return s.data[start : s.pos-1], nil
		case c == '\\':
			if err := s.escape(); err != nil {
				return nil, err
			}
		case c < 0x20:
			return nil, s.syntaxError("in a string")
		default:
			s.pos++
		}
	}
	return nil, s.syntaxError("in a string")
}

// escape scans the escape sequence at s.pos.
func (s *scanner) escape() error {
	s.pos++ // '\\'
	if s.pos == len(s.data) {
		return s.syntaxError("in an escape sequence")
	}
	switch s.data[s.pos] {
	case '"', '\\', '/', 'b', 'f', 'n', 'r', 't':
		s.pos++
		return nil
	case 'u':
		s.pos++
		for i := 0; i < 4; i++ {
			if s.pos == len(s.data) || !isHexDigit(s.data[s.pos]) {
				return s.syntaxError("in an escape sequence")
			}
			s.pos++
		}
		return nil
	}
	return s.syntaxError("in an escape sequence")
}

// number scans the number at s.pos: -?(0|[1-9][0-9]*)(.[0-9]+)?([eE][+-]?[0-9]+)?
func (s *scanner) number() error {
	s.consume('-')
	// A leading zero is the whole integer part.
	if !s.consume('0') && !s.digits() {
		return s.syntaxError("looking for a value")
	}
	if s.consume('.') && !s.digits() {
		return s.syntaxError("in a number")
	}
	if s.consume('e') || s.consume('E') {
		if !s.consume('+') {
			s.consume('-')
		}
		if !s.digits() {
			return s.syntaxError("in a number")
		}
	}
	return nil
}

// digits consumes the decimal digits at s.pos and reports whether there
// was at least one.
func (s *scanner) digits() bool {
	start := s.pos
	for s.pos < len(s.data) && s.data[s.pos] >= '0' && s.data[s.pos] <= '9' {
		s.pos++
	}
	return s.pos > start
}

// delimiter consumes the delimiter c if it is at s.pos, and copies it out.
func (s *scanner) delimiter(c byte) bool {
	if s.consume(c) {
		s.copyOut(s.pos - 1)
		return true
	}
	return false
}

// consume consumes c if it is at s.pos.
func (s *scanner) consume(c byte) bool {
	if s.pos < len(s.data) && s.data[s.pos] == c {
		s.pos++
		return true
	}
	return false
}

// copyOut appends data[start:pos] to out, unless that is part of an unread
// value.
func (s *scanner) copyOut(start int) {
	if !s.unread {
		s.out = append(s.out, s.data[start:s.pos]...)
	}
}

// consumeWord consumes word if it is at s.pos.
func (s *scanner) consumeWord(word string) bool {
	if bytes.HasPrefix(s.data[s.pos:], []byte(word)) {
		s.pos += len(word)
		return true
	}
	return false
}

// skipSpace consumes JSON white space.
func (s *scanner) skipSpace() {
	for s.pos < len(s.data) {
		switch s.data[s.pos] {
		case ' ', '\t', '\r', '\n':
			s.pos++
		default:
			return
		}
	}
}

// syntaxError returns the error for the byte at s.pos, or for the end of
// the input, found where the scanner was.
func (s *scanner) syntaxError(where string) error {
	if s.pos == len(s.data) {
		return errors.New("invalid JSON: unexpected end of input")
	}
	return fmt.Errorf("invalid JSON: unexpected %q %s (byte %d)", s.data[s.pos], where, s.pos+1)
}

// isHexDigit reports whether c is a hexadecimal digit.
func isHexDigit(c byte) bool {
	return '0' <= c && c <= '9' || 'a' <= c && c <= 'f' || 'A' <= c && c <= 'F'
}

// field returns the field of h that a value at p is: a top-level
// apiVersion or kind, metadata's name or namespace. It returns nil for any
// other value.
func (h *header) field(p place) *string {
	switch {
	case p.depth == 1 && string(p.key) == "apiVersion":
		return &h.apiVersion
	case p.depth == 1 && string(p.key) == "kind":
		return &h.kind
	case p.depth == 2 && string(p.parentKey) == "metadata" && string(p.key) == "name":
		return &h.name
	case p.depth == 2 && string(p.parentKey) == "metadata" && string(p.key) == "namespace":
		return &h.namespace
	}
	return nil
}

// headerPath names the header field at p for messages: "metadata.name".
func headerPath(p place) string {
	if p.depth == 2 {
		return string(p.parentKey) + "." + string(p.key)
	}
	return string(p.key)
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

// checkQuantity records in h.quantityErr the first bad quantity: value, a
// string's content or a literal, found at p.
func (h *header) checkQuantity(p place, value []byte) {
	if h.quantityErr != nil || !p.inQuantityMap && string(p.key) != "sizeLimit" {
		return
	}
	if len(value) > maxQuantityLength {
		h.quantityErr = fmt.Errorf("quantity for %q is %d characters long (at most %d are read)", p.key, len(value), maxQuantityLength)
	} else if digits := exponentDigits(value); digits > maxQuantityExponentDigits {
		h.quantityErr = fmt.Errorf("quantity %q for %q has an exponent of %d digits (at most %d are read)",
			value, p.key, digits, maxQuantityExponentDigits)
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
