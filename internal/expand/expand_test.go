package expand

import (
	"testing"
)

// mapLookup defines exactly the names in env.
func mapLookup(env map[string]string) Lookup {
	return func(name string) (string, bool) {
		value, ok := env[name]
		return value, ok
	}
}

func TestExpand(t *testing.T) {
	env := map[string]string{
		"A":      "x",
		"B":      "yy",
		"":       "empty-name",
		"$(A":    "dollar-paren-A",
		"(A":     "paren-A",
		"EMPTY":  "",
		"NESTED": "$(B)",
		"DOLLAR": "$$",
	}
	tests := []struct {
		name, input, want string
	}{
		{"empty input", "", ""},
		{"no dollar", "echo hello", "echo hello"},
		{"defined", "$(A)", "x"},
		{"defined inside text", "a-$(A)-$(B)-b", "a-x-yy-b"},
		{"adjacent references", "$(A)$(B)$(A)", "xyyx"},
		{"undefined stays as written", "$(UNDEFINED)", "$(UNDEFINED)"},
		{"undefined between defined", "$(A)$(C)$(B)", "x$(C)yy"},
		{"defined as empty", "<$(EMPTY)>", "<>"},
		{"escaped dollar", "$$", "$"},
		{"escaped reference", "$$(A)", "$(A)"},
		{"escaped dollar then reference", "$$$(A)", "$x"},
		{"three dollars", "$$$", "$$"},
		{"four dollars", "$$$$", "$$"},
		{"lone dollar", "$", "$"},
		{"trailing lone dollar", "cost: 5$", "cost: 5$"},
		{"dollar before other byte", "$A $1 $) $ ", "$A $1 $) $ "},
		{"name runs to first paren", "$($(A)", "dollar-paren-A"},
		{"name with opening paren", "$((A)", "paren-A"},
		{"empty name is defined", "$()", "empty-name"},
		{"unterminated", "$(A", "$(A"},
		{"unterminated then escape", "$(A$$", "$(A$"},
		{"unterminated twice", "$($(", "$($("},
		{"unterminated run then escape", "$($($($$x", "$($($($x"},
		{"name holds a reference", "$(x$(A)", "$(x$(A)"},
		{"unterminated then non-ASCII", "$($é", "$($\xc3\x83\xa9"},
		{"closing paren only", ")$)", ")$)"},
		{"value not expanded again", "$(NESTED)", "$(B)"},
		{"value with dollars not collapsed", "$(DOLLAR)", "$$"},
		{"non-ASCII after dollar", "$é", "$\xc3\x83\xa9"},
		{"non-ASCII lead byte re-encoded", "a$日b", "a$\xc3\xa6\x97\xa5b"},
		{"invalid byte after dollar", "$\xff", "$\xc3\xbf"},
		{"non-ASCII elsewhere untouched", "é$(A)é", "éxé"},
		{"non-ASCII name", "$(é)", "$(é)"},
	}
	for _, tt := range tests {
		tt := tt
		t.Run(tt.name, func(t *testing.T) {
			if got := Expand(tt.input, mapLookup(env)); got != tt.want {
				t.Errorf("Expand(%q) = %q, want %q", tt.input, got, tt.want)
			}
		})
	}
}

// TestExpandWholeCharacters checks the kubelet v1.37 variant: the character
// after a "$" is kept whole, an invalid byte there becomes U+FFFD, and
// everything else follows the v1.27 rules.
func TestExpandWholeCharacters(t *testing.T) {
	lookup := mapLookup(map[string]string{"A": "x"})
	tests := []struct {
		name, input, want string
	}{
		{"non-ASCII after dollar", "$é", "$é"},
		{"three-byte character", "a$日b", "a$日b"},
		{"four-byte character", "$😀x", "$😀x"},
		{"invalid byte", "$\xff", "$\uFFFD"},
		{"truncated character", "$\xc3", "$\uFFFD"},
		{"only the first byte of a broken character", "$\xe6\x97", "$\uFFFD\x97"},
		{"the character hides the paren", "$\xc3(A)", "$\uFFFD(A)"},
		{"reference after the replaced byte", "$\x80$(A)", "$\uFFFDx"},
		{"ASCII rules unchanged", "$$(A) $(A) $1 $", "$(A) x $1 $"},
		{"non-ASCII elsewhere untouched", "é\xff$(A)", "é\xffx"},
	}
	opts := Options{WholeCharacters: true}
	for _, tt := range tests {
		if got := opts.Expand(tt.input, lookup); got != tt.want {
			t.Errorf("%s: Expand(%q) = %q, want %q", tt.name, tt.input, got, tt.want)
		}
	}
	if got := testing.AllocsPerRun(100, func() { _ = opts.Expand("$é $(B)", lookup) }); got != 0 {
		t.Errorf("an unchanged input with non-ASCII characters allocates %v times", got)
	}
}

func TestExpandCallsLookupPerReference(t *testing.T) {
	var names []string
	lookup := func(name string) (string, bool) {
		names = append(names, name)
		return "", false
	}
	Expand("$(A) $$(B) $(A) $($(C) $() $(D", lookup)
	want := []string{"A", "A", "$(C", ""}
	if len(names) != len(want) {
		t.Fatalf("lookup called with %q, want %q", names, want)
	}
	for i := range want {
		if names[i] != want[i] {
			t.Fatalf("lookup called with %q, want %q", names, want)
		}
	}
}

func TestExpandAllocations(t *testing.T) {
	lookup := mapLookup(map[string]string{"A": "x"})
	tests := []struct {
		name   string
		input  string
		allocs float64
	}{
		{"no dollar", "/usr/bin/server --port=8080 --verbose", 0},
		{"unchanged: undefined reference and plain dollars", "$(UNDEFINED) $1 $", 0},
		{"reference", "--port=$(A)", 1},
		{"long result", "$(A)" + string(make([]byte, 4*stackBufferSize)), 2},
	}
	for _, tt := range tests {
		got := testing.AllocsPerRun(100, func() {
			_ = Expand(tt.input, lookup)
		})
		if got != tt.allocs {
			t.Errorf("%s: Expand allocates %v times per call, want %v", tt.name, got, tt.allocs)
		}
	}
}
