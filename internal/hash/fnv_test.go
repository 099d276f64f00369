package hash

import (
	"strconv"
	"testing"
)

func TestFNVString(t *testing.T) {
	for _, text := range []string{"", "a", openText, nilText, "([]uint8)[0 255]"} {
		if got, want := fnvString(offset32, text), fnvText(text); got != want {
			t.Errorf("fnvString(%q) = %#x, hash/fnv gives %#x", text, got, want)
		}
	}
}

func TestFNVDecimal(t *testing.T) {
	for b := 0; b < byteValues; b++ {
		text := strconv.Itoa(b)
		if got, want := fnvDecimal(offset32, byte(b)), fnvText(text); got != want {
			t.Errorf("fnvDecimal(%d) = %#x, FNV-1a of %q is %#x", b, got, text, want)
		}
	}
}
