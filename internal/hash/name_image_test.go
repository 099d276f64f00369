package hash

import (
	"encoding/json"
	"testing"
)

func TestNameAndImage(t *testing.T) {
	tests := []struct {
		name, image string
		want        uint32
	}{
		// Upstream's container_hash_test.go pins this value for its sample
		// container (sampleV131HashValue).
		{name: "test_container", image: "foo/image:v1", want: 0x8e45cbd0},
		// The empty container; golden-1.37's README gives the value.
		{name: "", image: "", want: 3990256836},
	}
	for _, tt := range tests {
		if got := NameAndImage(tt.name, tt.image); got != tt.want {
			t.Errorf("NameAndImage(%q, %q) = %d, want %d", tt.name, tt.image, got, tt.want)
		}
	}
}

func TestNameAndImageHashesTheMapEncoding(t *testing.T) {
	for _, s := range []string{"", "a", "<&>", "\u2028\x01\xff", "é\t\n\"\\"} {
		data, err := json.Marshal(map[string]string{"name": s, "image": s + "x"})
		if err != nil {
			t.Fatal(err)
		}
		if got, want := NameAndImage(s, s+"x"), Bytes(data); got != want {
			t.Errorf("NameAndImage(%q) = %d, want Bytes(%s) = %d", s, got, data, want)
		}
	}
}
