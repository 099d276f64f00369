// Package reference is a deliberately plain implementation of the kubelet's
// $(VAR) expansion, written the obvious way: one byte at a time into a
// bytes.Buffer, with a mapping function that returns the replacement text.
//
// It exists only as the oracle and the speed baseline for the tests and
// benchmarks of package expand and of package container; production code
// uses package expand.
package reference

import (
	"bytes"
	"unicode/utf8"
)

// Expand returns input with every $(NAME) reference replaced by
// mapping(NAME), "$$" replaced by "$", and every other "$" kept together with
// the byte after it (that byte appended as a rune). A "$(" without a ")"
// after it is copied and scanning resumes after the "(".
func Expand(input string, mapping func(name string) string) string {
	return ExpandCharacters(input, mapping, false)
}

// ExpandCharacters is Expand, and with wholeCharacters true it follows the
// kubelet v1.37 rule for the character after a "$": the UTF-8 character
// decoded there is written whole (U+FFFD for an invalid byte, which alone
// is consumed).
func ExpandCharacters(input string, mapping func(name string) string, wholeCharacters bool) string {
	var buf bytes.Buffer
	for i := 0; i < len(input); i++ {
		c := input[i]
		if c != '$' || i+1 == len(input) {
			buf.WriteByte(c)
			continue
		}
		i++
		switch c = input[i]; c {
		case '$':
			buf.WriteByte('$')
		case '(':
			end := -1
			for j := i + 1; j < len(input); j++ {
				if input[j] == ')' {
					end = j
					break
				}
			}
			if end < 0 {
				buf.WriteString("$(")
				continue
			}
			buf.WriteString(mapping(input[i+1 : end]))
			i = end
		default:
			buf.WriteByte('$')
			if wholeCharacters {
				r, size := utf8.DecodeRuneInString(input[i:])
				buf.WriteRune(r)
				i += size - 1
				continue
			}
			var r [utf8.UTFMax]byte
			n := utf8.EncodeRune(r[:], rune(c))
			buf.Write(r[:n])
		}
	}
	return buf.String()
}

// AsWritten returns the reference to name as written: "$(" + name + ")". A
// mapping returns it for a name it does not define.
func AsWritten(name string) string {
	return "$(" + name + ")"
}
