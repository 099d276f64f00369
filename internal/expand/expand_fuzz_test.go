package expand

import (
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/kubecontainer/kubecontainer/internal/expand/reference"
)

// FuzzExpand checks properties of Expand that follow from the kubelet's rules,
// and compares it with the plain implementation in package reference.
func FuzzExpand(f *testing.F) {
	seeds := []struct{ input, name, value string }{
		{"", "", ""},
		{"plain text", "A", "x"},
		{"$(A)", "A", "x"},
		{"$$(A)", "A", "x"},
		{"$$$(A)$", "A", "$(A)"},
		{"$($(A)", "$(A", "inner"},
		{"$((A)", "(A", "paren"},
		{"$()", "", "empty-name"},
		{"$(A", "A", "x"},
		{"$($(", "", ""},
		{"$", "A", "x"},
		{"$é $\xff $日", "A", "x"},
		{"$\xe6\x97(A) $\x80$(A) $😀", "A", "x"},
		{"$(A)$(B)", "A", "$(B)"},
		{"$(é)", "é", "ü"},
		{"$)$a$1$ $\t", "", "x"},
	}
	for _, s := range seeds {
		f.Add(s.input, s.name, s.value)
	}
	f.Fuzz(func(t *testing.T, input, name, value string) {
		env := map[string]string{name: value}
		lookup := func(n string) (string, bool) {
			if strings.IndexByte(n, closer) >= 0 {
				t.Fatalf("Expand(%q) looked up %q, which contains ')'", input, n)
			}
			v, ok := env[n]
			return v, ok
		}
		got := Expand(input, lookup)

		// The same as the plain implementation.
		want := reference.Expand(input, func(n string) string {
			if v, ok := env[n]; ok {
				return v
			}
			return reference.AsWritten(n)
		})
		if got != want {
			t.Fatalf("Expand(%q) with %q=%q = %q, reference gives %q", input, name, value, got, want)
		}

		// The same in the kubelet v1.37 variant, whose result is valid
		// UTF-8 whenever the input and the value are.
		gotWhole := Options{WholeCharacters: true}.Expand(input, lookup)
		wantWhole := reference.ExpandCharacters(input, func(n string) string {
			if v, ok := env[n]; ok {
				return v
			}
			return reference.AsWritten(n)
		}, true)
		if gotWhole != wantWhole {
			t.Fatalf("WholeCharacters: Expand(%q) with %q=%q = %q, reference gives %q", input, name, value, gotWhole, wantWhole)
		}
		if utf8.ValidString(input) && utf8.ValidString(value) && !utf8.ValidString(gotWhole) {
			t.Fatalf("WholeCharacters: Expand(%q) with %q=%q = %q, not valid UTF-8", input, name, value, gotWhole)
		}

		// Text without '$' comes back unchanged and is never looked up.
		literal := strings.ReplaceAll(input, "$", "")
		noLookup := func(n string) (string, bool) {
			t.Fatalf("Expand(%q) called lookup(%q)", literal, n)
			return "", false
		}
		if got := Expand(literal, noLookup); got != literal {
			t.Fatalf("Expand(%q) = %q, want the input unchanged", literal, got)
		}

		// A leading "$$" is always one '$', and scanning restarts after it.
		if got := Expand("$$"+input, lookup); got != "$"+Expand(input, lookup) {
			t.Fatalf("Expand(%q) = %q, want \"$\" + Expand(%q)", "$$"+input, got, input)
		}

		// So is a leading literal text.
		if got := Expand(literal+input, lookup); got != literal+Expand(input, lookup) {
			t.Fatalf("Expand(%q) = %q, want %q + Expand(%q)", literal+input, got, literal, input)
		}

		// A string of n "$$" pairs gives n '$'.
		pairs := len(input) % 64
		if got := Expand(strings.Repeat("$$", pairs), lookup); got != strings.Repeat("$", pairs) {
			t.Fatalf("Expand of %d \"$$\" pairs = %q", pairs, got)
		}

		// Values are not expanded again, and an undefined reference stays
		// as written: defining every name as its own reference changes
		// nothing compared with defining no name at all.
		asWritten := func(n string) (string, bool) { return "$(" + n + ")", true }
		undefined := func(string) (string, bool) { return "", false }
		if a, b := Expand(input, asWritten), Expand(input, undefined); a != b {
			t.Fatalf("Expand(%q): names defined as themselves give %q, undefined names give %q", input, a, b)
		}
	})
}
