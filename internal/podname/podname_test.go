package podname

import (
	"strings"
	"testing"
)

func TestParse(t *testing.T) {
	tests := []struct {
		in, name, namespace string
		ok                  bool
	}{
		{"web_default", "web", "default", true},
		{"a_b_c", "", "", false},
		{"_default", "", "", false},
		{"web_", "", "", false},
		{"web", "", "", false},
		{"", "", "", false},
		{"é_ü", "é", "ü", true},
	}
	for _, tt := range tests {
		name, namespace, err := Parse(tt.in)
		if name != tt.name || namespace != tt.namespace || (err == nil) != tt.ok {
			t.Errorf("Parse(%q) = %q, %q, %v", tt.in, name, namespace, err)
		}
	}
	if _, _, err := Parse("a_b_c"); err == nil || err.Error() != `failed to parse the pod full name "a_b_c"` {
		t.Errorf("Parse(%q) error = %v", "a_b_c", err)
	}
}

// FuzzParse checks Parse against its definition: a split on every "_"
// into exactly two non-empty parts, which Build joins back.
func FuzzParse(f *testing.F) {
	for _, seed := range []string{"", "_", "web_default", "a_b_c", "_x", "x_", "__", "é_\xff"} {
		f.Add(seed)
	}
	f.Fuzz(func(t *testing.T, fullName string) {
		name, namespace, err := Parse(fullName)
		parts := strings.Split(fullName, Separator)
		valid := len(parts) == 2 && parts[0] != "" && parts[1] != ""
		if valid != (err == nil) {
			t.Fatalf("Parse(%q) error = %v, want an error: %t", fullName, err, !valid)
		}
		if err != nil {
			if name != "" || namespace != "" {
				t.Fatalf("Parse(%q) failed but returned %q, %q", fullName, name, namespace)
			}
			return
		}
		if Build(name, namespace) != fullName {
			t.Fatalf("Build(Parse(%q)) = %q", fullName, Build(name, namespace))
		}
	})
}
