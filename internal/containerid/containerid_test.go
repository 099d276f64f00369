package containerid

import (
	"strconv"
	"strings"
	"testing"
)

func TestParse(t *testing.T) {
	tests := []struct {
		in, typ, id string
		ok          bool
	}{
		{"containerd://abc", "containerd", "abc", true},
		{`"docker://abc"`, "docker", "abc", true},
		{`""""docker://abc"`, "docker", "abc", true},
		{"://", "", "", true},
		{"docker://", "docker", "", true},
		{"docker", "", "", false},
		{"a://b://c", "", "", false},
		{`"a"://"b"`, "a\"", "\"b", true},
	}
	for _, tt := range tests {
		typ, id, err := Parse(tt.in)
		if typ != tt.typ || id != tt.id || (err == nil) != tt.ok {
			t.Errorf("Parse(%q) = %q, %q, %v", tt.in, typ, id, err)
		}
	}
	if _, _, err := Parse("x\n"); err == nil || err.Error() != `invalid container ID: "x\n"` {
		t.Errorf("Parse error = %v", err)
	}
}

func TestMarshalJSON(t *testing.T) {
	if got := string(MarshalJSON("docker", "a\x01\"")); got != `"docker://a\x01\""` {
		t.Errorf("MarshalJSON = %s", got)
	}
}

// FuzzParse checks Parse against its definition, and that the text form
// and its Go quoting parse back to the same ID when the ID holds no quote
// at its ends and no separator.
func FuzzParse(f *testing.F) {
	for _, seed := range []string{"", "://", "docker://abc", `"docker://abc"`, "a://b://c", `"""`, "x:/y", "é://\xff"} {
		f.Add(seed)
	}
	f.Fuzz(func(t *testing.T, data string) {
		typ, id, err := Parse(data)
		parts := strings.Split(strings.Trim(data, `"`), Separator)
		if (len(parts) == 2) != (err == nil) {
			t.Fatalf("Parse(%q) error = %v, want an error: %t", data, err, len(parts) != 2)
		}
		if err != nil {
			return
		}
		if typ != parts[0] || id != parts[1] {
			t.Fatalf("Parse(%q) = %q, %q, want %q, %q", data, typ, id, parts[0], parts[1])
		}
		if strings.HasPrefix(typ, `"`) || strings.HasSuffix(id, `"`) {
			return // the quotes at the ends do not survive a round trip
		}
		if typ2, id2, err := Parse(Format(typ, id)); err != nil || typ2 != typ || id2 != id {
			t.Fatalf("Parse(Format(%q, %q)) = %q, %q, %v", typ, id, typ2, id2, err)
		}
		quoted := string(MarshalJSON(typ, id))
		if unquoted, err := strconv.Unquote(quoted); err != nil || unquoted != Format(typ, id) {
			t.Fatalf("MarshalJSON(%q, %q) = %s, which unquotes to %q, %v", typ, id, quoted, unquoted, err)
		}
	})
}
