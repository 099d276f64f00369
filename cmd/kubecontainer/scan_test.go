package main

import (
	"bytes"
	"encoding/json"
	"reflect"
	"strings"
	"testing"

	utiljson "k8s.io/apimachinery/pkg/util/json"
)

func TestScanObject(t *testing.T) {
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
		name:  "escaped name",
		input: `{"kind":"Pod","metadata":{"name":"a\u001b[31m\"b"}}`,
		want:  header{kind: "Pod", name: "a\x1b[31m\"b"},
	}, {
		name:  "null fields",
		input: `{"kind":null,"metadata":null}`,
	}, {
		name:    "name of the wrong type",
		input:   `{"kind":"Pod","metadata":{"name":7}}`,
		wantErr: "metadata.name is 7, not a string",
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
		name:       "absurd exponent as a number, in overhead",
		input:      `{"spec":{"overhead":{"memory":1E+1000}}}`,
		wantQtyErr: `quantity "1E+1000" for "memory" has an exponent of 4 digits (at most 3 are read)`,
	}, {
		name:       "absurd length in a sizeLimit",
		input:      `{"spec":{"volumes":[{"emptyDir":{"sizeLimit":"` + strings.Repeat("9", 65) + `"}}]}}`,
		wantQtyErr: `quantity for "sizeLimit" is 65 characters long (at most 64 are read)`,
	}, {
		name:    "truncated",
		input:   `{"kind":"Pod","spec":{"containers":[`,
		wantErr: "invalid JSON: unexpected end of input",
	}, {
		name:    "bad escape",
		input:   `{"kind":"Pod\x"}`,
		wantErr: `invalid JSON: unexpected 'x' in an escape sequence (byte 14)`,
	}, {
		name:    "bad number",
		input:   `{"kind":"Pod","spec":{"priority":01}}`,
		wantErr: `invalid JSON: unexpected '1' after a field (byte 35)`,
	}, {
		name:    "missing colon",
		input:   `{"kind" "Pod"}`,
		wantErr: `invalid JSON: unexpected '"' after a key (byte 9)`,
	}, {
		name:    "trailing comma",
		input:   `{"kind":"Pod",}`,
		wantErr: `invalid JSON: unexpected '}' looking for a key (byte 15)`,
	}, {
		name:    "control character in a string",
		input:   "{\"kind\":\"P\nod\"}",
		wantErr: `invalid JSON: unexpected '\n' in a string (byte 11)`,
	}, {
		name:    "second value",
		input:   `{"kind":"Pod"} {}`,
		wantErr: `invalid JSON: unexpected '{' after the object (byte 16)`,
	}, {
		name:    "invalid, not only not an object",
		input:   `[1,]`,
		wantErr: `invalid JSON: unexpected ']' looking for a value (byte 4)`,
	}, {
		name:    "nested too deeply",
		input:   `{"a":` + strings.Repeat("[", maxDepth+1) + strings.Repeat("]", maxDepth+1) + `}`,
		wantErr: "invalid JSON: nested more than 10000 levels deep",
	}, {
		name:  "quantities within bounds, and other strings of any shape",
		input: `{"spec":{"containers":[{"env":[{"name":"X","value":"1e-99999999"}],"resources":{"limits":{"cpu":"1e-999","memory":"1Ei","nvidia.com/gpu":"1E"}}}]}}`,
	}}
	for _, tt := range tests {
		tt := tt
		t.Run(tt.name, func(t *testing.T) {
			got, err := scanObject([]byte(tt.input))
			if tt.wantErr != "" {
				if err == nil || err.Error() != tt.wantErr {
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
				t.Errorf("scanObject = %+v, %q; want %+v, %q", got, qtyErr, tt.want, tt.wantQtyErr)
			}
		})
	}
}

func TestScanObjectDecodable(t *testing.T) {
	tests := []struct{ input, want string }{
		{`{}`, `{}`},
		{" {\n \"kind\" : \"Pod\" ,\t\"spec\": {\"a\": [1, -2.5e3, true, null, \"x y\"]}}\n",
			`{"kind":"Pod","spec":{"a":[1,-2.5e3,true,null,"x y"]}}`},
		{`{"metadata": {"name": "a", "labels": {"x": "y"}}, "spec": {"metadata": {"name": "kept"}}, "status": {"phase": "Running"}}`,
			`{"metadata":null,"spec":{"metadata":{"name":"kept"}},"status":null}`},
		{`{"status": [1, {"status": 2}], "metadata": null}`, `{"status":null,"metadata":null}`},
	}
	for _, tt := range tests {
		h, err := scanObject([]byte(tt.input))
		if err != nil {
			t.Errorf("scanObject(%q): %v", tt.input, err)
			continue
		}
		if string(h.decodable) != tt.want {
			t.Errorf("scanObject(%q).decodable = %s, want %s", tt.input, h.decodable, tt.want)
		}
	}
}

// FuzzScanObject checks that scanObject never panics, and that on a valid
// JSON object it reads the header encoding/json reads.
func FuzzScanObject(f *testing.F) {
	for _, s := range []string{`{"kind":"Pod","apiVersion":"v1","metadata":{"name":"a","namespace":"b"}}`,
		`{"a":[1,{"b":"\""}],"kind":"X\\"}`, `{}`, `[]`, `"x"`, `{"metadata":{"name":"\u00e9"}}`, `{"kind":1}`} {
		f.Add([]byte(s))
	}
	f.Fuzz(func(t *testing.T, data []byte) {
		got, err := scanObject(data)
		if !json.Valid(data) {
			if err == nil {
				t.Fatalf("scanObject(%q) accepted invalid JSON", data)
			}
			return
		}
		if isObject := bytes.HasPrefix(bytes.TrimLeft(data, " \t\r\n"), []byte("{")); err == nil {
			checkDecodable(t, data, got.decodable)
		} else if strings.HasPrefix(err.Error(), "invalid JSON") && (isObject || bytes.Count(data, []byte("[")) < maxDepth) {
			t.Fatalf("scanObject(%q) refused valid JSON: %v", data, err)
		}
		var want struct {
			APIVersion interface{} `json:"apiVersion"`
			Kind       interface{} `json:"kind"`
			Metadata   interface{} `json:"metadata"`
		}
		// Case-sensitive, as the API server and scanObject read keys.
		if utiljson.Unmarshal(data, &want) != nil {
			if err == nil {
				t.Fatalf("scanObject(%q) accepted a value that is not an object", data)
			}
			return
		}
		if err != nil {
			return
		}
		if s, ok := want.Kind.(string); ok && s != got.kind {
			t.Fatalf("scanObject(%q) kind %q, want %q", data, got.kind, s)
		}
		if s, ok := want.APIVersion.(string); ok && s != got.apiVersion {
			t.Fatalf("scanObject(%q) apiVersion %q, want %q", data, got.apiVersion, s)
		}
		if m, ok := want.Metadata.(map[string]interface{}); ok {
			if s, ok := m["name"].(string); ok && s != got.name {
				t.Fatalf("scanObject(%q) name %q, want %q", data, got.name, s)
			}
		}
	})
}

// checkDecodable checks that decodable decodes as data does, less white
// space and with null for the top-level metadata and status.
func checkDecodable(t *testing.T, data, decodable []byte) {
	t.Helper()
	var want, got map[string]interface{}
	if err := json.Unmarshal(data, &want); err != nil {
		t.Fatalf("decoding %q: %v", data, err)
	}
	for _, key := range []string{"metadata", "status"} {
		if _, ok := want[key]; ok {
			want[key] = nil
		}
	}
	if err := json.Unmarshal(decodable, &got); err != nil {
		t.Fatalf("decodable %q of %q: %v", decodable, data, err)
	}
	if !reflect.DeepEqual(got, want) || bytes.ContainsAny(decodable, "\n\t") {
		t.Fatalf("decodable %q of %q decodes to %v, want %v", decodable, data, got, want)
	}
}
