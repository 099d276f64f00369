package expand

import (
	"strings"
	"unicode/utf8"
)

const (
	// operator starts every reference and escape.
	operator = '$'
	// opener and closer delimit the variable name of a reference.
	opener = '('
	closer = ')'
	// stackBufferSize is how many output bytes are assembled on the stack
	// before the buffer moves to the heap. Nearly every command, argument
	// and sub-path fits.
	stackBufferSize = 256
)

// Lookup returns the value of the variable called name and whether it is
// defined. Expand replaces a reference by the value when defined is true and
// leaves the reference as written otherwise.
type Lookup func(name string) (value string, defined bool)

// Expand returns input with its $(VAR) references replaced through lookup,
// following the rules in the package documentation.
//
// lookup is called once per complete reference, in order, and never when
// input contains no "$(...)" reference. When the expansion changes nothing,
// input itself is returned and nothing is allocated.
func Expand(input string, lookup Lookup) string {
	i := strings.IndexByte(input, operator)
	if i < 0 {
		return input
	}
	var stack [stackBufferSize]byte
	out := stack[:0]
	// input[:copied] is already represented in out; the text after it is
	// copied lazily, only when something ahead differs from the input.
	copied := 0
	changed := false
	for {
		// Here input[i] is a '$'.
		if i+1 == len(input) {
			break // a trailing lone '$' is kept
		}
		next := i + 2 // where scanning resumes
		switch c := input[i+1]; {
		case c == operator:
			// "$$" becomes "$": keep the first one, drop the second.
			out = append(out, input[copied:i+1]...)
			copied, changed = next, true
		case c == opener:
			// The name runs to the first ')'. Without one, "$(" stays as
			// it is and scanning resumes after the '('.
			end := strings.IndexByte(input[next:], closer)
			if end < 0 {
				break
			}
			name := input[next : next+end]
			next += end + 1
			if value, defined := lookup(name); defined {
				out = append(out, input[copied:i]...)
				out = append(out, value...)
				copied, changed = next, true
			}
		case c >= utf8.RuneSelf:
			// The byte after '$' is appended converted as a rune, which
			// re-encodes a non-ASCII byte as two bytes.
			out = append(out, input[copied:i+1]...)
			out = utf8.AppendRune(out, rune(c))
			copied, changed = next, true
		}
		skip := strings.IndexByte(input[next:], operator)
		if skip < 0 {
			break
		}
		i = next + skip
	}
	if !changed {
		return input
	}
	out = append(out, input[copied:]...)
	return string(out)
}
