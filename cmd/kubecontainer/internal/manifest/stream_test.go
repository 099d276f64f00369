package manifest

import (
	"bytes"
	"encoding/json"
	"reflect"
	"strings"
	"testing"
)

// splitDocuments returns the documents readDocuments emits for input,
// each as its source, its text (for an object item read with the stream,
// the copy the decoder reads) and what it says of its List: "" for an
// object, "item" for an item, "pending" for an item whose List's kind is
// not read yet, "end Pod" for the end of such a List (of Pods).
func splitDocuments(input string) ([][3]string, error) {
	var docs [][3]string
	err := readDocuments(strings.NewReader(input), func(doc document) error {
		if doc.header != nil {
			doc.json = doc.header.decodable
		}
		role := ""
		switch {
		case doc.listEnd != nil:
			role = "end " + doc.listEnd.kind
		case doc.listPending:
			role = "pending"
		case strings.Contains(doc.source, "item"):
			role = "item " + doc.listItem.kind
		}
		docs = append(docs, [3]string{doc.source, string(doc.json), role})
		return nil
	})
	return docs, err
}

func TestReadJSON(t *testing.T) {
	tests := []struct {
		name, input string
		want        [][3]string
	}{{
		name:  "List items, one at a time, kind after them: as kubectl get -o json writes them",
		input: "{\"apiVersion\": \"v1\", \"items\": [\n  {\"kind\": \"Pod\"},\n  {\"a\": [1, {\"b\": \"}]\\\"\"}]}\n], \"kind\": \"List\"}",
		want: [][3]string{
			{"document 1, item 1", `{"kind":"Pod"}`, "pending"},
			{"document 1, item 2", `{"a":[1,{"b":"}]\""}]}`, "pending"},
			{"document 1", "", "end "},
		},
	}, {
		name:  "typed List with sorted keys (jq -S): its items wait for its kind",
		input: `{"apiVersion":"v1","items":[{"metadata":{"name":"a"}}],"kind":"PodList","metadata":{}}`,
		want:  [][3]string{{"document 1, item 1", `{}`, "pending"}, {"document 1", "", "end Pod"}},
	}, {
		name:  "typed List, kind first, as the API server writes it",
		input: `{"kind":"PodList","apiVersion":"v1","metadata":{},"items":[{"metadata":{"name":"a"}}]}`,
		want:  [][3]string{{"document 1, item 1", `{}`, "item Pod"}},
	}, {
		name:  "escaped keys: items, kind and apiVersion",
		input: `{"\u0061piVersion":"v1","kin\u0064":"List","\u0069tems":[{"x":1}]}`,
		want:  [][3]string{{"document 1, item 1", `{"x":1}`, "item "}},
	}, {
		name:  "escaped kind value",
		input: `{"apiVersion":"v1","kind":"Pod\u004cist","items":[{"x":1}]}`,
		want:  [][3]string{{"document 1, item 1", `{"x":1}`, "item Pod"}},
	}, {
		name:  "empty List",
		input: `{"apiVersion":"v1","kind":"List","items":[ ]}`,
	}, {
		name:  "items that are not an array stay in the object",
		input: `{"kind": "Pod", "items": null}`,
		want:  [][3]string{{"document 1", `{"kind":"Pod","items":null}`, ""}},
	}, {
		name:  "items of an object whose kind is read first and no List stay in it",
		input: `{"kind":"Pod","items":[1]}`,
		want:  [][3]string{{"document 1", `{"kind":"Pod","items":[1]}`, ""}},
	}, {
		name:  "stream of objects and values",
		input: "{\"kind\":\"Pod\"}\n{\"kind\":\"Job\"} [1] 2",
		want: [][3]string{
			{"document 1", `{"kind":"Pod"}`, ""}, {"document 2", `{"kind":"Job"}`, ""},
			{"document 3", `[1]`, ""}, {"document 4", `2`, ""},
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
		{"truncated item", `{"items":[{"kind":"Pod"`, `document 1: invalid JSON: jsontext: unexpected EOF within "/items/0" after offset 23`},
		{"truncated object", `{"kind":"Pod"`, "document 1: invalid JSON: jsontext: unexpected EOF after offset 13"},
		{"no colon", `{"kind" "Pod"}`, `document 1: invalid JSON: jsontext: invalid character '"' after object name (expecting ':')`},
		{"no comma", `{"a":1 "b":2}`, `document 1: invalid JSON: jsontext: invalid character '"' after object value (expecting ',' or '}')`},
		{"key not a string", `{1:2}`, `document 1: invalid JSON: jsontext: object member name must be a string`},
		{"missing value", `{"items":[,]}`, `document 1: invalid JSON: jsontext: invalid character ',' at start of value`},
		{"items of another kind", `{"items":[],"kind":"Pod"}`, `document 1: has items but is not a List (apiVersion "", kind "Pod")`},
		{"List fields not valid", `{"kind":"List","items":[],"x":tru}`, `document 1: invalid JSON: jsontext: invalid character '}' in literal true (expecting 'e')`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := splitDocuments(tt.input)
			if err == nil || !strings.HasPrefix(err.Error(), tt.want) {
				t.Errorf("error %v, want %q", err, tt.want)
			}
		})
	}
}

// FuzzReadJSON checks that the items of a List are cut where encoding/json
// cuts them, whatever they hold and whatever the order of the List's keys,
// and that no input makes the reader panic.
func FuzzReadJSON(f *testing.F) {
	for _, s := range []string{`{"kind":"Pod"}`, `{"a":"\"]}"},[{"b":"\\"}]`, `1, "x", null, true`, `{"a":[[]]}`, `{`, `"\`, ``,
		`{"kin\u0064":"Pod","metadata":{"name":"a"}}`} {
		f.Add(s, false)
		f.Add(s, true)
	}
	f.Fuzz(func(t *testing.T, items string, kindLast bool) {
		input := `{"apiVersion":"v1","kind":"List","items":[` + items + `]}`
		if kindLast {
			input = `{"apiVersion":"v1","items":[` + items + `],"kind":"List"}`
		}
		got, err := splitDocuments(input)
		var want []json.RawMessage
		if json.Unmarshal([]byte("["+items+"]"), &want) != nil {
			return
		}
		if err != nil {
			t.Fatalf("items %q: %v", items, err)
		}
		if kindLast {
			// The end of the List, which its kind came after.
			got = got[:len(got)-1]
		}
		if len(got) != len(want) {
			t.Fatalf("items %q: %d documents, want %d", items, len(got), len(want))
		}
		for i := range want {
			trimmed := bytes.TrimSpace(want[i])
			if len(trimmed) > 0 && trimmed[0] == '{' {
				// Read with the stream: the copy the decoder reads.
				checkDecodable(t, trimmed, []byte(got[i][1]))
				continue
			}
			if !bytes.Equal(bytes.TrimSpace([]byte(got[i][1])), trimmed) {
				t.Fatalf("items %q: item %d is %q, want %q", items, i+1, got[i][1], want[i])
			}
		}
	})
}
