package manifest

import (
	"fmt"
	"reflect"
	"strings"
	"testing"
	"time"

	"github.com/kubecontainer/kubecontainer/internal/podspec"
)

// TestKeysDecodedAndReordered: an object is recognized however its keys are
// ordered and spelled, and the guards see decoded keys and values (issue
// 15).
func TestKeysDecodedAndReordered(t *testing.T) {
	tests := []struct {
		name, input string
		want        []found
	}{{
		name:  "kind spelled with an escape",
		input: `{"apiVersion":"v1","kin\u0064":"Pod","metadata":{"name":"x"},"spec":{"containers":[{"name":"c","image":"i"}]}}`,
		want:  []found{{"document 1", "Pod", "", "x", podspec.Regular, "c", "i"}},
	}, {
		name: "typed List with sorted keys (jq -S): items without kind before the List's kind",
		input: `{"apiVersion":"v1","items":[{"metadata":{"name":"a","namespace":"x"},"spec":{"containers":[{"image":"i","name":"c"}]}},` +
			`{"apiVersion":"v1","kind":"Pod","metadata":{"name":"b"},"spec":{"containers":[{"image":"j","name":"c"}]}}],` +
			`"kind":"PodList","metadata":{"resourceVersion":"7"}}`,
		want: []found{
			{"document 1, item 1", "Pod", "x", "a", podspec.Regular, "c", "i"},
			{"document 1, item 2", "Pod", "", "b", podspec.Regular, "c", "j"},
		},
	}, {
		name:  "List as kubectl get -o json writes it: kind last, items with their kind",
		input: `{"apiVersion":"v1","items":[{"apiVersion":"v1","kind":"Pod","metadata":{"name":"a"},"spec":{"containers":[{"image":"i","name":"c"}]}}],"kind":"List","metadata":{"resourceVersion":""}}`,
		want:  []found{{"document 1, item 1", "Pod", "", "a", podspec.Regular, "c", "i"}},
	}, {
		name:  "escaped keys in the List and in its items",
		input: `{"\u0069tems":[{"\u006bind":"Deployment","apiVersion":"apps/v1","metadata":{"n\u0061me":"d"},"spec":{"template":{"spec":{"containers":[{"name":"c","image":"d"}]}}}}],"apiVersion":"v1","kind":"\u004cist"}`,
		want:  []found{{"document 1, item 1", "Deployment", "", "d", podspec.Regular, "c", "d"}},
	}}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			m, err := decodeManifest([]byte(tt.input), nil)
			if err != nil {
				t.Fatal(err)
			}
			if got := foundEntries(m.Entries); !reflect.DeepEqual(got, tt.want) {
				t.Errorf("entries:\n got %v\nwant %v", got, tt.want)
			}
		})
	}
}

// TestQuantityGuardOnDecodedKeys: the quantity that takes the parser
// minutes is refused at once, however its key and value are spelled.
func TestQuantityGuardOnDecodedKeys(t *testing.T) {
	for _, resources := range []string{
		`{"limits":{"cpu":"1e-99999999"}}`,
		`{"limit\u0073":{"cpu":"1e-99999999"}}`,
		`{"requests":{"cpu":"1e\u002d99999999"}}`,
		`{"\u0072equests":{"memory":1e99999999}}`,
	} {
		input := `{"apiVersion":"v1","kind":"Pod","metadata":{"name":"x"},"spec":{"containers":[{"name":"c","image":"i","resources":` +
			resources + `}]}}`
		start := time.Now()
		_, err := decodeManifest([]byte(input), nil)
		if err == nil || !strings.Contains(err.Error(), "has an exponent of 8 digits (at most 3 are read)") {
			t.Errorf("%s: error %v, want the exponent refused", resources, err)
		}
		// A generous bound: the parser takes minutes on it.
		if elapsed := time.Since(start); elapsed > 5*time.Second {
			t.Errorf("%s: took %v", resources, elapsed)
		}
	}
}

// TestItemsWaitingForTheirKind reads a typed List whose kind comes after
// thousands of items that leave out their own, across many batches: every
// container comes out, in order.
func TestItemsWaitingForTheirKind(t *testing.T) {
	const n = 3000
	var b strings.Builder
	b.WriteString(`{"apiVersion":"v1","items":[`)
	for i := 0; i < n; i++ {
		if i > 0 {
			b.WriteString(",")
		}
		if i%7 == 3 {
			fmt.Fprintf(&b, `{"kind":"Pod","apiVersion":"v1","metadata":{"name":"p%d"},"spec":{"containers":[{"name":"c","image":"i"}]}}`, i)
			continue
		}
		fmt.Fprintf(&b, `{"metadata":{"name":"p%d"},"spec":{"containers":[{"name":"c","image":"i"}]}}`, i)
	}
	b.WriteString(`],"kind":"PodList","metadata":{}}`)
	m, err := decodeManifest([]byte(b.String()), nil)
	if err != nil {
		t.Fatal(err)
	}
	if len(m.Entries) != n {
		t.Fatalf("%d containers, want %d", len(m.Entries), n)
	}
	for i, e := range m.Entries {
		if want := fmt.Sprintf("p%d", i); e.Object.Name != want || e.Object.Kind != "Pod" {
			t.Fatalf("container %d is of %s, want Pod %s", i, e.Object, want)
		}
	}
	// The same List whose kind says its items are not Pods.
	bad := strings.Replace(b.String(), `"kind":"PodList"`, `"kind":"ServiceList"`, 1)
	if _, err := decodeManifest([]byte(bad), nil); err == nil || !strings.Contains(err.Error(), "has items but is not a List") {
		t.Errorf("a ServiceList of pods: error %v", err)
	}
}
