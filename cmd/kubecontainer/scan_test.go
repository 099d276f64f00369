package main

import (
	"encoding/json"
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
			if got != tt.want || qtyErr != tt.wantQtyErr {
				t.Errorf("scanObject = %+v, %q; want %+v, %q", got, qtyErr, tt.want, tt.wantQtyErr)
			}
		})
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
			return
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
