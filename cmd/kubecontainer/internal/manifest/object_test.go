package manifest

import (
	"bytes"
	"encoding/json"
	"reflect"
	"strings"
	"testing"

	utiljson "k8s.io/apimachinery/pkg/util/json"
)

// readHeader reads data with a new objectReader.
func readHeader(data []byte) (header, error) {
	return newObjectReader().read(data)
}

func TestObjectReader(t *testing.T) {
	tests := []struct {
		name, input string
		want        header
		wantErr     string
		wantQtyErr  string
	}{{
		name:  "identity",
		input: `{"kind":"Pod","apiVersion":"v1","metadata":{"labels":{"name":"x"},"name":"web","namespace":"shop"},"spec":{"name":"no"}}`,
		want:  header{apiVersion: "v1", kind: "Pod", name: "web", namespace: "shop"},
	}, {
		name:  "identity with escaped keys and values, keys in another order",
		input: `{"metadat\u0061":{"n\u0061me":"w\u0065b","namespace":"shop"},"apiVersion":"v1","kin\u0064":"P\u006fd"}`,
		want:  header{apiVersion: "v1", kind: "Pod", name: "web", namespace: "shop"},
	}, {
		name:  "escaped name",
		input: `{"kind":"Pod","metadata":{"name":"a\u001b[31m\"b"}}`,
		want:  header{kind: "Pod", name: "a\x1b[31m\"b"},
	}, {
		name:  "keys differing in case are other keys, as for the API server",
		input: `{"Kind":"Pod","METADATA":{"name":"x"}}`,
	}, {
		name:  "null fields",
		input: `{"kind":null,"metadata":null}`,
	}, {
		name:    "name of the wrong type",
		input:   `{"kind":"Pod","metadata":{"name":7}}`,
		wantErr: "metadata.name is 7, not a string",
	}, {
		name:    "kind of the wrong type",
		input:   `{"kind":["Pod"]}`,
		wantErr: `kind is ["Pod"], not a string`,
	}, {
		name:    "array",
		input:   `[{"kind":"Pod"}]`,
		wantErr: "not a Kubernetes object (want a mapping with apiVersion and kind)",
	}, {
		name:    "empty",
		input:   ``,
		wantErr: "not a Kubernetes object (want a mapping with apiVersion and kind)",
	}, {
		name:       "absurd exponent",
		input:      `{"kind":"Pod","spec":{"containers":[{"resources":{"limits":{"cpu":"1e-99999999"}}}]}}`,
		want:       header{kind: "Pod"},
		wantQtyErr: `quantity "1e-99999999" for "cpu" has an exponent of 8 digits (at most 3 are read)`,
	}, {
		name:       "absurd exponent under an escaped key (issue 15)",
		input:      `{"kind":"Pod","spec":{"containers":[{"resources":{"limit\u0073":{"cpu":"1e-99999999"}}}]}}`,
		want:       header{kind: "Pod"},
		wantQtyErr: `quantity "1e-99999999" for "cpu" has an exponent of 8 digits (at most 3 are read)`,
	}, {
		name:       "absurd exponent spelled with escapes",
		input:      `{"kind":"Pod","spec":{"containers":[{"resources":{"requests":{"cpu":"1e\u002d9999999\u0039"}}}]}}`,
		want:       header{kind: "Pod"},
		wantQtyErr: `quantity "1e-99999999" for "cpu" has an exponent of 8 digits (at most 3 are read)`,
	}, {
		name:       "absurd exponent as a number, in overhead",
		input:      `{"spec":{"overhead":{"memory":1E+1000}}}`,
		wantQtyErr: `quantity "1E+1000" for "memory" has an exponent of 4 digits (at most 3 are read)`,
	}, {
		name:       "absurd length in a sizeLimit, under an escaped key",
		input:      `{"spec":{"volumes":[{"emptyDir":{"sizeLimi\u0074":"` + strings.Repeat("9", 65) + `"}}]}}`,
		wantQtyErr: `quantity for "sizeLimit" is 65 characters long (at most 64 are read)`,
	}, {
		name:       "a quantity short as written and long once decoded",
		input:      `{"spec":{"overhead":{"cpu":"` + strings.Repeat(`\u0031`, 65) + `"}}}`,
		wantQtyErr: `quantity for "cpu" is 65 characters long (at most 64 are read)`,
	}, {
		name:    "truncated",
		input:   `{"kind":"Pod","spec":{"containers":[`,
		wantErr: "invalid JSON: jsontext: unexpected EOF",
	}, {
		name:    "bad escape",
		input:   `{"kind":"Pod\x"}`,
		wantErr: `invalid JSON: jsontext: invalid escape sequence`,
	}, {
		name:    "bad number",
		input:   `{"kind":"Pod","spec":{"priority":01}}`,
		wantErr: `invalid JSON: jsontext: invalid character '1' after object value`,
	}, {
		name:    "missing colon",
		input:   `{"kind" "Pod"}`,
		wantErr: `invalid JSON: jsontext: invalid character '"' after object name (expecting ':')`,
	}, {
		name:    "trailing comma",
		input:   `{"kind":"Pod",}`,
		wantErr: `invalid JSON: jsontext: invalid character ',' at start of value`,
	}, {
		name:    "control character in a string",
		input:   "{\"kind\":\"P\nod\"}",
		wantErr: `invalid JSON: jsontext: invalid character '\n' in string`,
	}, {
		name:    "second value",
		input:   `{"kind":"Pod"} {}`,
		wantErr: `invalid JSON: more than one value`,
	}, {
		name:    "invalid, not only not an object",
		input:   `[1,]`,
		wantErr: `invalid JSON: jsontext: invalid character ']' at start of value`,
	}, {
		name:    "nested too deeply",
		input:   `{"a":` + strings.Repeat("[", 10001) + strings.Repeat("]", 10001) + `}`,
		wantErr: "invalid JSON: jsontext: exceeded max depth",
	}, {
		name:  "quantities within bounds, and other strings of any shape",
		input: `{"spec":{"containers":[{"env":[{"name":"X","value":"1e-99999999"}],"resources":{"limits":{"cpu":"1e-999","memory":"1Ei","nvidia.com/gpu":"1E"}}}]}}`,
	}}
	for _, tt := range tests {
		tt := tt
		t.Run(tt.name, func(t *testing.T) {
			got, err := readHeader([]byte(tt.input))
			if tt.wantErr != "" {
				if err == nil || !strings.HasPrefix(err.Error(), tt.wantErr) {
					t.Fatalf("error %v, want %q", err, tt.wantErr)
				}
				return
			}
			if err != nil {
				t.Fatal(err)
			}
			qtyErr := ""
			if got.quantityErr != nil {
				qtyErr = got.quantityErr.Error()
			}
			got.quantityErr = nil
			got.decodable = nil
			if !reflect.DeepEqual(got, tt.want) || qtyErr != tt.wantQtyErr {
				t.Errorf("read = %+v, %q; want %+v, %q", got, qtyErr, tt.want, tt.wantQtyErr)
			}
		})
	}
}

func TestObjectReaderDecodable(t *testing.T) {
	tests := []struct{ input, want string }{
		{`{}`, `{}`},
		{" {\n \"kind\" : \"Pod\" ,\t\"spec\": {\"a\": [1, -2.5e3, true, null, \"x y\"]}}\n",
			`{"kind":"Pod","spec":{"a":[1,-2.5e3,true,null,"x y"]}}`},
		{`{"metadata": {"name": "a", "labels": {"x": "y"}}, "spec": {"metadata": {"name": "kept"}}, "status": {"phase": "Running"}}`,
			`{"spec":{"metadata":{"name":"kept"}}}`},
		{`{"status": [1, {"status": 2}], "metadata": null, "kind": "Pod"}`, `{"kind":"Pod"}`},
		{`{"st\u0061tus": 1, "k\u0069nd": "Pod"}`, `{"k\u0069nd":"Pod"}`},
	}
	r := newObjectReader()
	for _, tt := range tests {
		h, err := r.read([]byte(tt.input))
		if err != nil {
			t.Errorf("read(%q): %v", tt.input, err)
			continue
		}
		if string(h.decodable) != tt.want {
			t.Errorf("read(%q).decodable = %s, want %s", tt.input, h.decodable, tt.want)
		}
	}
}

// FuzzObjectReader checks that the reader never panics, and that on a
// valid JSON object it reads the header the API server's decoding reads
// (case-sensitive, escapes decoded) and a copy that decodes as the object
// less metadata and status. The seeds hold escaped and reordered keys and
// the cases of issue 15.
func FuzzObjectReader(f *testing.F) {
	for _, s := range []string{`{"kind":"Pod","apiVersion":"v1","metadata":{"name":"a","namespace":"b"}}`,
		`{"a":[1,{"b":"\""}],"kind":"X\\"}`, `{}`, `[]`, `"x"`, `{"metadata":{"name":"\u00e9"}}`, `{"kind":1}`,
		`{"metadata":{"namespace":"b","name":"a"},"kind":"Pod","apiVersion":"v1"}`,
		`{"apiVersion":"v1","kin\u0064":"Pod","metadat\u0061":{"nam\u0065":"x"}}`,
		`{"kind":"Pod","spec":{"containers":[{"resources":{"limit\u0073":{"cpu":"1e-99999999"}}}]}}`,
		`{"status":{"x":1},"st\u0061tus":2,"kind":"Pod","Kind":"Job"}`} {
		f.Add([]byte(s))
	}
	r := newObjectReader()
	f.Fuzz(func(t *testing.T, data []byte) {
		got, err := r.read(data)
		if !json.Valid(data) {
			if err == nil {
				t.Fatalf("read(%q) accepted invalid JSON", data)
			}
			return
		}
		var want struct {
			APIVersion interface{} `json:"apiVersion"`
			Kind       interface{} `json:"kind"`
			Metadata   interface{} `json:"metadata"`
		}
		// Case-sensitive, as the API server and the reader read keys.
		if utiljson.Unmarshal(data, &want) != nil {
			if err == nil {
				t.Fatalf("read(%q) accepted a value that is not an object", data)
			}
			return
		}
		if err != nil {
			if strings.HasPrefix(err.Error(), "invalid JSON") && bytes.Count(data, []byte("[")) < 10000 {
				t.Fatalf("read(%q) refused valid JSON: %v", data, err)
			}
			return
		}
		checkDecodable(t, data, got.decodable)
		if s, ok := want.Kind.(string); ok && s != got.kind {
			t.Fatalf("read(%q) kind %q, want %q", data, got.kind, s)
		}
		if s, ok := want.APIVersion.(string); ok && s != got.apiVersion {
			t.Fatalf("read(%q) apiVersion %q, want %q", data, got.apiVersion, s)
		}
		if m, ok := want.Metadata.(map[string]interface{}); ok {
			if s, ok := m["name"].(string); ok && s != got.name {
				t.Fatalf("read(%q) name %q, want %q", data, got.name, s)
			}
		}
	})
}

// checkDecodable checks that decodable decodes as data does, less white
// space and the top-level metadata and status.
func checkDecodable(t *testing.T, data, decodable []byte) {
	t.Helper()
	want, got := decodeTree(t, data), decodeTree(t, decodable)
	delete(want, "metadata")
	delete(want, "status")
	if !reflect.DeepEqual(got, want) || bytes.ContainsAny(decodable, "\n\t") {
		t.Fatalf("decodable %q of %q decodes to %v, want %v", decodable, data, got, want)
	}
}

// decodeTree decodes a JSON object into maps, keeping numbers as written.
func decodeTree(t *testing.T, data []byte) map[string]interface{} {
	t.Helper()
	dec := json.NewDecoder(bytes.NewReader(data))
	dec.UseNumber()
	var tree map[string]interface{}
	if err := dec.Decode(&tree); err != nil {
		t.Fatalf("decoding %q: %v", data, err)
	}
	return tree
}
