package hash

import (
	"encoding/json"
	"errors"
	"testing"
)

// textMarshaler is a json.Marshaler whose output encoding/json compacts and
// HTML-escapes before writing it.
type textMarshaler struct{}

func (textMarshaler) MarshalJSON() ([]byte, error) {
	return []byte(` { "a" : "<b>" } `), nil
}

func TestJSONMatchesMarshal(t *testing.T) {
	tests := []struct {
		name  string
		value interface{}
	}{
		{name: "nil", value: nil},
		{name: "nil pointer", value: (*struct{ A int })(nil)},
		{name: "number", value: 7},
		{name: "empty object", value: struct{}{}},
		{name: "HTML and line separators", value: "<a href=\"x&y\">\u2028\u2029</a>"},
		{name: "control characters and invalid UTF-8", value: "tab\tnl\n\x01\xff"},
		{name: "map keys sorted", value: map[string]int{"b": 2, "a": 1, "c": 3}},
		{name: "bytes as base64", value: []byte{0, 1, 2, 255}},
		{name: "marshaler compacted", value: textMarshaler{}},
		{name: "struct with tags", value: struct {
			Name  string   `json:"name"`
			Skip  string   `json:"skip,omitempty"`
			Items []string `json:"items"`
		}{Name: "x", Items: []string{"é", "€"}}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			encoded, err := json.Marshal(tt.value)
			if err != nil {
				t.Fatalf("json.Marshal: %v", err)
			}
			want := Bytes(encoded)
			got, err := JSON(tt.value)
			if err != nil {
				t.Fatalf("JSON(%s) error: %v", encoded, err)
			}
			if got != want {
				t.Errorf("JSON = %d, Bytes(json.Marshal(v)) = %d for %s", got, want, encoded)
			}
		})
	}
}

func TestJSONError(t *testing.T) {
	got, err := JSON(make(chan int))
	if got != 0 {
		t.Errorf("JSON(chan) = %d, want 0", got)
	}
	const want = "encoding chan int as JSON: json: unsupported type: chan int"
	if err == nil || err.Error() != want {
		t.Fatalf("JSON(chan) error = %v, want %q", err, want)
	}
	var unsupported *json.UnsupportedTypeError
	if !errors.As(err, &unsupported) {
		t.Errorf("JSON(chan) error %T does not wrap *json.UnsupportedTypeError", err)
	}
}

// TestJSONWriterHoldsBackLastByte splits an encoder's output into writes of
// every shape: the last byte written overall must be the only one dropped.
func TestJSONWriterHoldsBackLastByte(t *testing.T) {
	const encoded = `{"a":[1,2]}`
	want := Bytes([]byte(encoded))
	output := encoded + "\n"
	for split := 0; split <= len(output); split++ {
		for _, pieces := range [][]string{
			{output[:split], output[split:]},
			{output[:split], "", output[split:], ""},
		} {
			w := &jsonWriter{text: newSpewText()}
			for _, piece := range pieces {
				n, err := w.Write([]byte(piece))
				if n != len(piece) || err != nil {
					t.Fatalf("Write(%q) = %d, %v; want %d, nil", piece, n, err, len(piece))
				}
			}
			if got := w.text.sum32(); got != want {
				t.Errorf("writes %q: sum %d, want Bytes(%q) = %d", pieces, got, encoded, want)
			}
		}
	}
}
