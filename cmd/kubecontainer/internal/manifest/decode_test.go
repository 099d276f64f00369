package manifest

import (
	"bytes"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"

	"github.com/kubecontainer/kubecontainer/internal/podspec"
)

// found is an entry reduced to what the tests compare.
type found struct {
	source, kind, namespace, name string
	typ                           podspec.Kind
	container, image              string
}

func foundEntries(entries []Entry) []found {
	var out []found
	for _, e := range entries {
		out = append(out, found{
			e.Object.Source, e.Object.Kind, e.Object.Namespace, e.Object.Name,
			e.Type, e.Container.Name, e.Container.Image,
		})
	}
	return out
}

// A manifest is what decodeManifest found in one input.
type manifest struct {
	Entries []Entry
	Notes   []string
}

// decodeManifest reads data as stdin with opts, which are the options of
// "--kubelet 1.27 --no-defaults" with two workers when nil.
func decodeManifest(data []byte, opts *Options) (*manifest, error) {
	if opts == nil {
		opts = &Options{Kubelet: 27, NoDefaults: true, MaxInputSize: 1 << 20, Workers: 2}
	}
	m := &manifest{}
	entries, err := Load("-", bytes.NewReader(data), *opts, func(note string) {
		m.Notes = append(m.Notes, strings.TrimPrefix(note, "<stdin>: "))
	})
	if err != nil {
		return nil, err
	}
	m.Entries = entries
	return m, nil
}

const podYAML = `apiVersion: v1
kind: Pod
metadata: {name: web, namespace: shop}
spec:
  containers: [{name: app, image: "nginx:1.25"}]
`

func TestDecodeManifest(t *testing.T) {
	tests := []struct {
		name      string
		input     string
		want      []found
		wantNotes []string
	}{{
		name:  "one YAML document",
		input: podYAML,
		want:  []found{{"document 1", "Pod", "shop", "web", podspec.Regular, "app", "nginx:1.25"}},
	}, {
		name: "several YAML documents, empty and comment-only ones skipped",
		input: "# header\n---\n" + podYAML + "---\n---\n# nothing\n---\n" + `apiVersion: apps/v1
kind: Deployment
metadata: {name: api}
spec:
  template:
    spec:
      initContainers: [{name: init, image: busybox}]
      containers: [{name: api, image: api:2}]
`,
		want: []found{
			{"document 1", "Pod", "shop", "web", podspec.Regular, "app", "nginx:1.25"},
			{"document 2", "Deployment", "", "api", podspec.Init, "init", "busybox"},
			{"document 2", "Deployment", "", "api", podspec.Regular, "api", "api:2"},
		},
	}, {
		name: "stream of JSON objects",
		input: `{"apiVersion":"v1","kind":"Pod","metadata":{"name":"a"},"spec":{"containers":[{"name":"c","image":"i"}]}}
{"apiVersion":"batch/v1","kind":"Job","metadata":{"name":"j"},"spec":{"template":{"spec":{"containers":[{"name":"c","image":"j"}]}}}}`,
		want: []found{
			{"document 1", "Pod", "", "a", podspec.Regular, "c", "i"},
			{"document 2", "Job", "", "j", podspec.Regular, "c", "j"},
		},
	}, {
		name: "JSON with tabs and a leading blank line",
		input: "\n{\n\t\"apiVersion\": \"v1\",\n\t\"kind\": \"Pod\",\n\t\"metadata\": {\"name\": \"t\"},\n" +
			"\t\"spec\": {\"containers\": [{\"name\": \"c\", \"image\": \"i\"}]}\n}\n",
		want: []found{{"document 1", "Pod", "", "t", podspec.Regular, "c", "i"}},
	}, {
		name: "List with items, other kinds skipped",
		input: `apiVersion: v1
kind: List
items:
- {apiVersion: v1, kind: Service, metadata: {name: s}}
- {apiVersion: v1, kind: Pod, metadata: {name: p}, spec: {containers: [{name: c, image: i}]}}
- apiVersion: v1
  kind: List
  items:
  - {apiVersion: apps/v1, kind: DaemonSet, metadata: {name: d}, spec: {template: {spec: {containers: [{name: c, image: d}]}}}}
`,
		want: []found{
			{"document 1, item 2", "Pod", "", "p", podspec.Regular, "c", "i"},
			{"document 1, item 3, item 1", "DaemonSet", "", "d", podspec.Regular, "c", "d"},
		},
		wantNotes: []string{"document 1, item 1 (Service s): skipped: kind Service has no pod template"},
	}, {
		name: "typed List in JSON, as the API server writes it: items without kind",
		input: `{"kind":"PodList","apiVersion":"v1","metadata":{"resourceVersion":"7"},"items":[
{"metadata":{"name":"a","namespace":"x"},"spec":{"containers":[{"name":"c","image":"i"}]}},
{"kind":"Pod","apiVersion":"v1","metadata":{"name":"b"},"spec":{"containers":[{"name":"c","image":"j"}]}}]}`,
		want: []found{
			{"document 1, item 1", "Pod", "x", "a", podspec.Regular, "c", "i"},
			{"document 1, item 2", "Pod", "", "b", podspec.Regular, "c", "j"},
		},
	}, {
		name: "typed List in YAML",
		input: `apiVersion: apps/v1
kind: DeploymentList
items:
- metadata: {name: d}
  spec: {template: {spec: {containers: [{name: c, image: d}]}}}
`,
		want: []found{{"document 1, item 1", "Deployment", "", "d", podspec.Regular, "c", "d"}},
	}, {
		name: "only unknown fields of the pod spec are noted, whatever the build's types know",
		input: `apiVersion: batch/v1
kind: Job
metadata: {name: j, unknownMeta: 1}
spec:
  podReplacementPolicy: Failed
  managedBy: kueue.x-k8s.io/multikueue
  template:
    metadata: {unknownTemplateMeta: 1}
    spec:
      bogus: 1
      containers: [{name: c, image: i}]
status: {terminating: 1}
`,
		want:      []found{{"document 1", "Job", "", "j", podspec.Regular, "c", "i"}},
		wantNotes: []string{"document 1 (Job j): dropped spec.template.spec.bogus: not a field of the v1.27 API, which drops it"},
	}, {
		name: "unknown and duplicate fields are noted, the rest decoded",
		input: `apiVersion: v1
kind: Pod
metadata: {name: web}
spec:
  containers:
  - name: app
    image: a
    image: b
    Image: c
`,
		want: []found{{"document 1", "Pod", "", "web", podspec.Regular, "app", "b"}},
		wantNotes: []string{
			`document 1 (Pod web): ignored: yaml: unmarshal errors: line 8: key "image" already set in map`,
			`document 1 (Pod web): dropped spec.containers[0].Image: not a field of the v1.27 API, which drops it`,
		},
	}}
	for _, tt := range tests {
		tt := tt
		t.Run(tt.name, func(t *testing.T) {
			m, err := decodeManifest([]byte(tt.input), nil)
			if err != nil {
				t.Fatalf("decodeManifest: %v", err)
			}
			if got := foundEntries(m.Entries); !reflect.DeepEqual(got, tt.want) {
				t.Errorf("entries:\n got %v\nwant %v", got, tt.want)
			}
			if !reflect.DeepEqual(m.Notes, tt.wantNotes) {
				t.Errorf("notes:\n got %q\nwant %q", m.Notes, tt.wantNotes)
			}
		})
	}
}

func TestDecodeManifestErrors(t *testing.T) {
	tests := []struct {
		name, input, want string
	}{{
		name:  "malformed YAML in the second document",
		input: podYAML + "---\nkind: Pod\n  bad: indent\n",
		want:  "document 2: yaml: line 2: mapping values are not allowed in this context",
	}, {
		name:  "an error in an earlier document comes first",
		input: "kind: Pod\n---\nkind: [\n",
		want:  "document 1 (Pod): apiVersion \"\" is not supported for kind Pod (want v1)",
	}, {
		name:  "bad document separator, which ends the document before it",
		input: podYAML + "---\n" + podYAML + "--- foo\n" + podYAML,
		want:  "document 2: invalid Yaml document separator: foo",
	}, {
		name:  "truncated JSON stream",
		input: `{"apiVersion":"v1","kind":"Pod","spec":{"containers":[{}]}} {"kind":`,
		want:  `document 2: invalid JSON: jsontext: unexpected EOF within "/kind" after offset 68`,
	}, {
		name:  "not a mapping",
		input: "- a\n- b\n",
		want:  "document 1: not a Kubernetes object (want a mapping with apiVersion and kind)",
	}, {
		name:  "no kind",
		input: "apiVersion: v1\nmetadata: {name: x}\n",
		want:  "document 1: kind is not set",
	}, {
		name:  "metadata of the wrong type",
		input: "apiVersion: v1\nkind: Pod\nmetadata: {name: 7}\n",
		want:  "document 1: metadata.name is 7, not a string",
	}, {
		name:  "old apiVersion",
		input: "apiVersion: extensions/v1beta1\nkind: Deployment\nmetadata: {name: d, namespace: ns}\n",
		want:  `document 1 (Deployment ns/d): apiVersion "extensions/v1beta1" is not supported for kind Deployment (want apps/v1)`,
	}, {
		name:  "no containers",
		input: "apiVersion: v1\nkind: Pod\nmetadata: {name: p}\nspec: {}\n",
		want:  "document 1 (Pod p): no containers",
	}, {
		name:  "replication controller without template",
		input: "apiVersion: v1\nkind: ReplicationController\nmetadata: {name: rc}\nspec: {}\n",
		want:  "document 1 (ReplicationController rc): no pod template",
	}, {
		name:  "field of the wrong type",
		input: "apiVersion: v1\nkind: Pod\nmetadata: {name: p}\nspec: {containers: [{name: c, args: oops}]}\n",
		want:  "document 1 (Pod p): json: cannot unmarshal string into Go struct field Container.spec.containers.args of type []string",
	}, {
		name:  "bad list item",
		input: "apiVersion: v1\nkind: List\nitems: [{apiVersion: v1, metadata: {name: p}}]\n",
		want:  "document 1, item 1: kind is not set",
	}, {
		name:  "typed List of the wrong apiVersion",
		input: `{"kind":"PodList","apiVersion":"apps/v1","items":[{"metadata":{"name":"a"}}]}`,
		want:  "document 1, item 1: kind is not set",
	}, {
		name:  "only other kinds",
		input: "apiVersion: v1\nkind: ConfigMap\nmetadata: {name: c}\n",
		want:  "<stdin>: no containers found (want a " + SupportedKinds + ")",
	}, {
		name:  "empty input",
		input: "",
		want:  "<stdin>: no containers found (want a " + SupportedKinds + ")",
	}, {
		name:  "null list item",
		input: "apiVersion: v1\nkind: List\nitems: [null]\n",
		want:  "document 1, item 1: not a Kubernetes object (want a mapping with apiVersion and kind)",
	}}
	for _, tt := range tests {
		tt := tt
		t.Run(tt.name, func(t *testing.T) {
			m, err := decodeManifest([]byte(tt.input), nil)
			if err == nil {
				t.Fatalf("decodeManifest succeeded with %v, want error %q", foundEntries(m.Entries), tt.want)
			}
			if got := strings.TrimPrefix(err.Error(), "<stdin>: "); got != strings.TrimPrefix(tt.want, "<stdin>: ") {
				t.Errorf("error:\n got %q\nwant %q", err, tt.want)
			}
		})
	}
}

func TestLoadErrors(t *testing.T) {
	opts := Options{Kubelet: 27, NoDefaults: true, MaxInputSize: 1 << 20, Workers: 2}
	_, err := Load("-", strings.NewReader("kind: ["), opts, func(string) {})
	if want := "<stdin>: document 1: yaml: line 1: did not find expected node content"; err == nil || err.Error() != want {
		t.Errorf("error = %v, want %q", err, want)
	}
	missing := filepath.Join(t.TempDir(), "missing.yaml")
	if _, err := Load(missing, nil, opts, func(string) {}); !os.IsNotExist(err) {
		t.Errorf("error = %v, want a not-exist error", err)
	}
}

func TestObjectString(t *testing.T) {
	tests := []struct {
		obj  Object
		want string
	}{
		{Object{Source: "document 1"}, "document 1"},
		{Object{Source: "document 1", Kind: "Pod"}, "document 1 (Pod)"},
		{Object{Source: "document 1", Kind: "Pod", Name: "web"}, "document 1 (Pod web)"},
		{Object{Source: "document 2, item 3", Kind: "Job", Namespace: "ns", Name: "j"}, "document 2, item 3 (Job ns/j)"},
	}
	for _, tt := range tests {
		if got := tt.obj.String(); got != tt.want {
			t.Errorf("%#v.String() = %q, want %q", tt.obj, got, tt.want)
		}
	}
}

// FuzzDecodeManifest feeds the manifest reader arbitrary bytes: it must
// return entries or an error, never panic. The seeds are every example and
// every bad input of testdata.
func FuzzDecodeManifest(f *testing.F) {
	var seeds []string
	for _, pattern := range []string{"../../../../examples/*", "../../testdata/*.yaml", "../../testdata/*.json"} {
		files, err := filepath.Glob(pattern)
		if err != nil {
			f.Fatal(err)
		}
		seeds = append(seeds, files...)
	}
	if len(seeds) < 20 {
		f.Fatalf("found only %d seed files", len(seeds))
	}
	for _, name := range seeds {
		data, err := os.ReadFile(name)
		if err != nil {
			f.Fatal(err)
		}
		f.Add(data)
	}
	for _, s := range []string{"", "---", "null", "{}", "[]", "{\"kind\":\"List\",\"apiVersion\":\"v1\",\"items\":[1]}",
		"kind: List\napiVersion: v1\nitems: [{kind: List, apiVersion: v1, items: [{}]}]", "\xff\xfe", "&a [*a]", "{{{{"} {
		f.Add([]byte(s))
	}
	f.Fuzz(func(t *testing.T, data []byte) {
		m, err := decodeManifest(data, nil)
		if err == nil && m == nil {
			t.Fatal("decodeManifest returned neither a manifest nor an error")
		}
		if err != nil {
			return
		}
		for _, e := range m.Entries {
			if e.Container == nil || e.Object.Kind == "" {
				t.Fatalf("incomplete entry %+v", e)
			}
		}
	})
}
