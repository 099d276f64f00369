package testing

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

func TestFakeVersionCompare(t *testing.T) {
	tests := []struct {
		version, other string
		want           int
	}{
		{"1.2.3", "1.2.3", 0},
		{"1.2.4", "1.2.3", 1},
		{"1.2.3", "1.2.4", -1},
		{"1.10", "1.9", -1}, // byte-wise, not semantic
		{"1.9", "1.10", 1},
		{"v1", "1", 1},
		{"", "", 0},
		{"", "x", -1},
		{"not a version", "!!", 1}, // never fails to parse
	}
	for _, tt := range tests {
		v := &FakeVersion{Version: tt.version}
		got, err := v.Compare(tt.other)
		assert.NoError(t, err)
		assert.Equal(t, tt.want, got, "%q vs %q", tt.version, tt.other)
	}
}

func TestFakeVersionString(t *testing.T) {
	assert.Equal(t, "1.27.16", (&FakeVersion{Version: "1.27.16"}).String())
	assert.Equal(t, "", (&FakeVersion{}).String())
}
