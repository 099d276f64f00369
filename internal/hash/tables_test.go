package hash

import (
	"math/rand"
	"strconv"
	"testing"
)

// TestSeparatedTables checks the table step for every byte value against
// FNV-1a run text byte by text byte, from states covering every value of
// the low six bits with random upper bits.
func TestSeparatedTables(t *testing.T) {
	r := rand.New(rand.NewSource(1))
	for b := 0; b < byteValues; b++ {
		text := " " + strconv.Itoa(b)
		for l := uint32(0); l < lowStates; l++ {
			sum := r.Uint32()&^(lowStates-1) | l
			want := fnvString(sum, text)
			if got := separated.write(sum, []byte{byte(b)}); got != want {
				t.Fatalf("write(%#x, %d) = %#x, FNV-1a of %q gives %#x", sum, b, got, text, want)
			}
			if got := uint32(separated.low[b][l]); got != want%lowStates {
				t.Fatalf("low[%d][%d] = %d, want %d", b, l, got, want%lowStates)
			}
		}
	}
}

// TestSeparatedWriteLongInput checks that the low six bits carried from
// byte to byte stay those of the state over a long input.
func TestSeparatedWriteLongInput(t *testing.T) {
	r := rand.New(rand.NewSource(2))
	data := make([]byte, 10000)
	r.Read(data)
	want := uint32(offset32)
	for _, b := range data {
		want = fnvString(want, " "+strconv.Itoa(int(b)))
	}
	if got := separated.write(offset32, data); got != want {
		t.Fatalf("write over %d random bytes = %#x, want %#x", len(data), got, want)
	}
}

func TestDecimalLen(t *testing.T) {
	for b := 0; b < byteValues; b++ {
		if got, want := decimalLen(byte(b)), len(strconv.Itoa(b)); got != want {
			t.Errorf("decimalLen(%d) = %d, want %d", b, got, want)
		}
	}
}
