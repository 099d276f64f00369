package reference

import "testing"

func TestExpandCharacters(t *testing.T) {
	mapping := func(name string) string { return "<" + name + ">" }
	tests := []struct{ input, want string }{
		{"$é$(A)", "$é<A>"},
		{"$\xe6\x97(A)", "$\uFFFD\x97(A)"},
		{"$\x80$(A)", "$\uFFFD<A>"},
	}
	for _, tt := range tests {
		if got := ExpandCharacters(tt.input, mapping, true); got != tt.want {
			t.Errorf("ExpandCharacters(%q) = %q, want %q", tt.input, got, tt.want)
		}
	}
}

func TestExpand(t *testing.T) {
	env := map[string]string{"A": "x", "": "empty-name", "$(A": "inner", "V": "$(A)"}
	mapping := func(name string) string {
		if value, ok := env[name]; ok {
			return value
		}
		return AsWritten(name)
	}
	tests := []struct{ input, want string }{
		{"", ""},
		{"plain", "plain"},
		{"$(A)-$(B)", "x-$(B)"},
		{"$$(A)", "$(A)"},
		{"$$$", "$$"},
		{"$", "$"},
		{"$($(A)", "inner"},
		{"$()", "empty-name"},
		{"$(A", "$(A"},
		{"$(A$$", "$(A$"},
		{"$é", "$\xc3\x83\xa9"},
		{"$(V)", "$(A)"},
	}
	for _, tt := range tests {
		if got := Expand(tt.input, mapping); got != tt.want {
			t.Errorf("Expand(%q) = %q, want %q", tt.input, got, tt.want)
		}
	}
}
