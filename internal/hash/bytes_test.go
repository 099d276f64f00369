package hash

import (
	"math/rand"
	"strconv"
	"strings"
	"testing"
)

func TestBytes(t *testing.T) {
	allValues := make([]byte, 256)
	for i := range allValues {
		allValues[i] = byte(i)
	}
	tests := []struct {
		name string
		data []byte
		text string
	}{
		{name: "nil", data: nil, text: "([]uint8)<nil>"},
		{name: "empty", data: []byte{}, text: "([]uint8)[]"},
		{name: "zero", data: []byte{0}, text: "([]uint8)[0]"},
		{name: "one digit", data: []byte{9}, text: "([]uint8)[9]"},
		{name: "two digits", data: []byte{10, 99}, text: "([]uint8)[10 99]"},
		{name: "three digits", data: []byte{100, 255}, text: "([]uint8)[100 255]"},
		{name: "mixed widths", data: []byte{255, 0, 100, 9, 10}, text: "([]uint8)[255 0 100 9 10]"},
		{name: "empty JSON object", data: []byte("{}"), text: "([]uint8)[123 125]"},
		{name: "all byte values", data: allValues, text: "([]uint8)[" + decimalList(allValues) + "]"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := referenceBytes(t, tt.data); got != fnvText(tt.text) {
				t.Fatalf("test table is wrong: go-spew does not print %q", tt.text)
			}
			if got, want := Bytes(tt.data), fnvText(tt.text); got != want {
				t.Errorf("Bytes(%v) = %d, want %d (FNV-1a of %q)", tt.data, got, want, tt.text)
			}
		})
	}
}

// decimalList writes data in decimal, separated by single spaces.
func decimalList(data []byte) string {
	parts := make([]string, len(data))
	for i, b := range data {
		parts[i] = strconv.Itoa(int(b))
	}
	return strings.Join(parts, " ")
}

// TestBytesMatchesSpew compares Bytes with go-spew and hash/fnv on random
// slices of every length from 0 to 4096.
func TestBytesMatchesSpew(t *testing.T) {
	r := rand.New(rand.NewSource(1))
	data := make([]byte, 4096)
	r.Read(data)
	for n := 0; n <= len(data); n++ {
		if got, want := Bytes(data[:n]), referenceBytes(t, data[:n]); got != want {
			t.Fatalf("Bytes(%d random bytes %v) = %d, go-spew's text hashes to %d", n, data[:n], got, want)
		}
	}
}

func FuzzBytes(f *testing.F) {
	f.Add([]byte(nil))
	f.Add([]byte{})
	f.Add([]byte{0, 9, 10, 99, 100, 255})
	f.Add([]byte(`{"name":"","resources":{}}`))
	f.Fuzz(func(t *testing.T, data []byte) {
		if got, want := Bytes(data), referenceBytes(t, data); got != want {
			t.Fatalf("Bytes(%v) = %d, go-spew's text hashes to %d", data, got, want)
		}
	})
}

// TestBytewiseBytes checks the benchmarks' plain loop against go-spew.
func TestBytewiseBytes(t *testing.T) {
	for _, data := range [][]byte{nil, {}, {0, 9, 10, 99, 100, 255}, []byte(`{"name":""}`)} {
		if got, want := bytewiseBytes(data), referenceBytes(t, data); got != want {
			t.Errorf("bytewiseBytes(%v) = %d, go-spew's text hashes to %d", data, got, want)
		}
	}
}
