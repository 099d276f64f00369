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
	// before the buffer moves to the heap. Typical arguments with
	// references fit; a larger buffer measured slower, as the whole array
	// is cleared on every call that expands something.
	stackBufferSize = 64
)

// Options select the variant of the syntax. The zero Options are the rules
// of kubelet v1.27.
type Options struct {
	// WholeCharacters makes a "$" followed by a non-ASCII byte keep the
	// whole UTF-8 character that starts there, as kubelet v1.37 does,
	// instead of re-encoding the single byte as a rune. A byte that does
	// not start a valid UTF-8 encoding is replaced by U+FFFD, and scanning
	// resumes after it.
	WholeCharacters bool
}

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
	return Options{}.Expand(input, lookup)
}

// Expand is the package's Expand with the variant of the syntax that o
// selects.
func (o Options) Expand(input string, lookup Lookup) string {
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
	// closerMissing records that no ')' follows, so that each "$(" of a
	// long run without one is not searched to the end again.
	closerMissing := false
	for i < len(input) {
		if input[i] != operator {
			i++
			continue
		}
		if i+1 == len(input) {
			break // a trailing lone '$' is kept
		}
		next := i + 2 // where scanning resumes
		switch c := input[i+1]; {
		case c == operator:
			// "$$" becomes "$": keep the first one, drop the second.
			out = append(out, input[copied:i+1]...)
			copied, changed = next, true
		case c == opener && !closerMissing:
			// The name runs to the first ')'.
			end := next
			for end < len(input) && input[end] != closer {
				end++
			}
			if end == len(input) {
				// No ')' at all: "$(" stays as it is and scanning
				// resumes after the '('.
				closerMissing = true
			} else {
				name := input[next:end]
				next = end + 1
				if value, defined := lookup(name); defined {
					out = append(out, input[copied:i]...)
					out = append(out, value...)
					copied, changed = next, true
				}
			}
		case c >= utf8.RuneSelf && o.WholeCharacters:
			r, size := utf8.DecodeRuneInString(input[i+1:])
			next = i + 1 + size
			if r == utf8.RuneError && size == 1 {
				// An invalid byte is kept as U+FFFD.
				out = append(out, input[copied:i+1]...)
				out = utf8.AppendRune(out, r)
				copied, changed = next, true
			}
		case c >= utf8.RuneSelf:
			// The byte after '$' is appended converted as a rune, which
			// re-encodes a non-ASCII byte as two bytes.
			out = append(out, input[copied:i+1]...)
			out = utf8.AppendRune(out, rune(c))
			copied, changed = next, true
		}
		i = next
	}
	if !changed {
		return input
	}
	out = append(out, input[copied:]...)
	return string(out)
}
