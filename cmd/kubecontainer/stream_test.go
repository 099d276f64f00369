package main

import (
	"bytes"
	"encoding/json"
	"reflect"
	"strings"
	"testing"
)

// splitDocuments returns the documents readDocuments emits for input, as
// source and text.
func splitDocuments(input string) ([][2]string, error) {
	var docs [][2]string
	err := readDocuments(strings.NewReader(input), func(doc document) error {
		docs = append(docs, [2]string{doc.source, string(doc.json)})
		return nil
	})
	return docs, err
}

func TestReadJSON(t *testing.T) {
	tests := []struct {
		name, input string
		want        [][2]string
	}{{
		name:  "List items, one at a time, kind after them",
		input: "{\"apiVersion\": \"v1\", \"items\": [\n  {\"kind\": \"Pod\"},\n  {\"a\": [1, {\"b\": \"}]\\\"\"}]}\n], \"kind\": \"List\"}",
		want:  [][2]string{{"document 1, item 1", `{"kind": "Pod"}`}, {"document 1, item 2", `{"a": [1, {"b": "}]\""}]}`}},
	}, {
		name:  "escaped items key",
		input: `{"apiVersion":"v1","kind":"List","\u0069tems":[{"x":1}]}`,
		want:  [][2]string{{"document 1, item 1", `{"x":1}`}},
	}, {
		name:  "empty List",
		input: `{"apiVersion":"v1","kind":"List","items":[ ]}`,
	}, {
		name:  "items that are not an array stay in the object",
		input: `{"kind": "Pod", "items": null}`,
		want:  [][2]string{{"document 1", `{"kind":"Pod","items":null}`}},
	}, {
		name:  "stream of objects and values",
		input: "{\"kind\":\"Pod\"}\n{\"kind\":\"Job\"} [1] 2",
		want: [][2]string{
			{"document 1", `{"kind":"Pod"}`}, {"document 2", `{"kind":"Job"}`},
			{"document 3", `[1]`}, {"document 4", `2`},
		},
	}}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, err := splitDocuments(tt.input)
			if err != nil {
				t.Fatal(err)
			}
			if !reflect.DeepEqual(got, tt.want) {
				t.Errorf("documents:\n got %q\nwant %q", got, tt.want)
			}
		})
	}
}

func TestReadJSONErrors(t *testing.T) {
	tests := []struct{ name, input, want string }{
		{"truncated item", `{"items":[{"kind":"Pod"`, "document 1: invalid JSON: unexpected EOF"},
		{"truncated object", `{"kind":"Pod"`, "document 1: invalid JSON: unexpected EOF"},
		{"no colon", `{"kind" "Pod"}`, `document 1: invalid JSON: unexpected '"' after a key`},
		{"no comma", `{"a":1 "b":2}`, `document 1: invalid JSON: unexpected '"' after a value`},
		{"key not a string", `{1:2}`, `document 1: invalid JSON: unexpected '1' looking for a key`},
		{"missing value", `{"items":[,]}`, `document 1: invalid JSON: unexpected ',' looking for a value`},
		{"items of another kind", `{"kind":"Pod","items":[]}`, `document 1: has items but is not a List (apiVersion "", kind "Pod")`},
		{"List fields not valid", `{"kind":"List","items":[],"x":tru}`, `document 1: invalid JSON: unexpected 't' looking for a value (byte 20)`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := splitDocuments(tt.input)
			if err == nil || err.Error() != tt.want {
				t.Errorf("error %v, want %q", err, tt.want)
			}
		})
	}
}

// FuzzReadJSON checks that the items of a List are cut where encoding/json
// cuts them, whatever they hold, and that no input makes the reader panic.
func FuzzReadJSON(f *testing.F) {
	for _, s := range []string{`{"kind":"Pod"}`, `{"a":"\"]}"},[{"b":"\\"}]`, `1, "x", null, true`, `{"a":[[]]}`, `{`, `"\`, ``} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, items string) {
		input := `{"apiVersion":"v1","kind":"List","items":[` + items + `]}`
		got, err := splitDocuments(input)
		var want []json.RawMessage
		if json.Unmarshal([]byte("["+items+"]"), &want) != nil {
			return
		}
		if err != nil {
			t.Fatalf("items %q: %v", items, err)
		}
		if len(got) != len(want) {
			t.Fatalf("items %q: %d documents, want %d", items, len(got), len(want))
		}
		for i := range want {
			if !bytes.Equal(bytes.TrimSpace([]byte(got[i][1])), bytes.TrimSpace(want[i])) {
				t.Fatalf("items %q: item %d is %q, want %q", items, i+1, got[i][1], want[i])
			}
		}
	})
}
