package inspect

import (
	"os"
	"path/filepath"
	"reflect"
	"testing"
)

// inspectJSON returns crictl inspect output for container name of pod
// ns/pod with the given annotations.
func inspectJSON(id, name, annotations string) string {
	return `{"status": {"id": "` + id + `", "state": "CONTAINER_RUNNING",
  "labels": {"io.kubernetes.container.name": "` + name + `", "io.kubernetes.pod.name": "web", "io.kubernetes.pod.namespace": "shop"},
  "annotations": {` + annotations + `}}, "info": {"pid": 1}}`
}

func TestParseInspect(t *testing.T) {
	app := Container{
		Source: "container 1 (0123456789abc)", ID: "0123456789abcdef", Name: "app",
		PodName: "web", PodNamespace: "shop", Hash: 0x3c167bee,
	}
	appResize := app
	appResize.HashWithoutResources, appResize.HasHashWithoutResources = 0xeff94328, true
	sidecar := Container{
		Source: "container 2 (fedcba9876543)", ID: "fedcba9876543210", Name: "sidecar",
		PodName: "web", PodNamespace: "shop", Hash: 0x311670a,
	}
	tests := []struct {
		name  string
		input string
		want  []Container
	}{{
		name:  "one container",
		input: inspectJSON("0123456789abcdef", "app", `"io.kubernetes.container.hash": "3c167bee", "io.kubernetes.container.restartCount": "0"`),
		want:  []Container{app},
	}, {
		name: "with hashWithoutResources",
		input: inspectJSON("0123456789abcdef", "app",
			`"io.kubernetes.container.hash": "3c167bee", "io.kubernetes.container.hashWithoutResources": "eff94328"`),
		want: []Container{appResize},
	}, {
		name: "two one after the other",
		input: inspectJSON("0123456789abcdef", "app", `"io.kubernetes.container.hash": "3c167bee"`) + "\n" +
			inspectJSON("fedcba9876543210", "sidecar", `"io.kubernetes.container.hash": "0311670a"`),
		want: []Container{app, sidecar},
	}, {
		name: "JSON array",
		input: " [" + inspectJSON("0123456789abcdef", "app", `"io.kubernetes.container.hash": "3c167bee"`) + "," +
			inspectJSON("fedcba9876543210", "sidecar", `"io.kubernetes.container.hash": "311670A"`) + "]",
		want: []Container{app, sidecar},
	}}
	for _, tt := range tests {
		tt := tt
		t.Run(tt.name, func(t *testing.T) {
			got, err := Parse([]byte(tt.input))
			if err != nil {
				t.Fatal(err)
			}
			if !reflect.DeepEqual(got, tt.want) {
				t.Errorf("Parse:\n got %+v\nwant %+v", got, tt.want)
			}
		})
	}
}

func TestParseInspectErrors(t *testing.T) {
	tests := []struct {
		name, input, want string
	}{
		{"empty", "", "no container found (want the output of crictl inspect)"},
		{"empty array", "[]", "no container found (want the output of crictl inspect)"},
		{"YAML", "status: {}", "container 1: invalid JSON (want the output of crictl inspect): invalid character 's' looking for beginning of value"},
		{"bad array", "[1]", "invalid JSON (want the output of crictl inspect): json: cannot unmarshal number into Go value of type inspect.inspectOutput"},
		{"no status", `{"info": {}}`, "container 1: no status (want the output of crictl inspect)"},
		{"no labels", `{"status": {"id": "abc"}}`,
			"container 1 (abc): status.labels has no io.kubernetes.container.name: was it created by the kubelet?"},
		{"no pod namespace", `{"status": {"labels": {"io.kubernetes.container.name": "a", "io.kubernetes.pod.name": "p"}}}`,
			"container 1: status.labels has no io.kubernetes.pod.namespace: was it created by the kubelet?"},
		{"no hash", inspectJSON("abc", "app", ""),
			"container 1 (abc): status.annotations has no io.kubernetes.container.hash: was it created by the kubelet?"},
		{"hash not hex", inspectJSON("abc", "app", `"io.kubernetes.container.hash": "0x12"`),
			`container 1 (abc): annotation io.kubernetes.container.hash is "0x12", not a hexadecimal number`},
		{"hash too long", inspectJSON("abc", "app", `"io.kubernetes.container.hash": "123456789abcdef01"`),
			`container 1 (abc): annotation io.kubernetes.container.hash is "123456789abcdef01", not a hexadecimal number`},
		{"empty hashWithoutResources", inspectJSON("abc", "app",
			`"io.kubernetes.container.hash": "1", "io.kubernetes.container.hashWithoutResources": ""`),
			`container 1 (abc): annotation io.kubernetes.container.hashWithoutResources is "", not a hexadecimal number`},
		{"second container bad", inspectJSON("abc", "app", `"io.kubernetes.container.hash": "1"`) + `{"status": null}`,
			"container 2: no status (want the output of crictl inspect)"},
		{"truncated stream", inspectJSON("abc", "app", `"io.kubernetes.container.hash": "1"`) + `{"status": `,
			"container 2: invalid JSON (want the output of crictl inspect): unexpected EOF"},
	}
	for _, tt := range tests {
		_, err := Parse([]byte(tt.input))
		if err == nil || err.Error() != tt.want {
			t.Errorf("%s: error = %v, want %q", tt.name, err, tt.want)
		}
	}
}

func TestParseInspectExample(t *testing.T) {
	data, err := os.ReadFile("../../../../examples/inspect.json")
	if err != nil {
		t.Fatal(err)
	}
	got, err := Parse(data)
	if err != nil {
		t.Fatal(err)
	}
	want := []Container{{
		Source:                  "container 1 (4f3c2a1b9e8d7)",
		ID:                      "4f3c2a1b9e8d7c6b5a4f3e2d1c0b9a8f7e6d5c4b3a29180706f5e4d3c2b1a090",
		Name:                    "app",
		PodName:                 "web",
		PodNamespace:            "shop",
		Hash:                    0x7a5eec9,
		HashWithoutResources:    0x19110957,
		HasHashWithoutResources: true,
	}}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("Parse(examples/inspect.json):\n got %+v\nwant %+v", got, want)
	}
}

// FuzzParseInspect feeds the inspect parser arbitrary bytes: it must return
// containers that have everything check needs, or an error; never panic.
func FuzzParseInspect(f *testing.F) {
	files, err := filepath.Glob("../../testdata/inspect-*.json")
	if err != nil {
		f.Fatal(err)
	}
	for _, name := range append(files, "../../../../examples/inspect.json", "../../../../examples/pod.yaml") {
		data, err := os.ReadFile(name)
		if err != nil {
			f.Fatal(err)
		}
		f.Add(data)
	}
	for _, s := range []string{"", "[]", "null", "[null]", `{"status":{}}`, `[{"status":{"labels":null}}]`,
		inspectJSON("a", "b", `"io.kubernetes.container.hash": "ffffffffffffffff"`)} {
		f.Add([]byte(s))
	}
	f.Fuzz(func(t *testing.T, data []byte) {
		running, err := Parse(data)
		if err != nil {
			return
		}
		if len(running) == 0 {
			t.Fatal("Parse returned no container and no error")
		}
		for _, rc := range running {
			if rc.Name == "" || rc.PodName == "" || rc.PodNamespace == "" {
				t.Fatalf("incomplete container %+v", rc)
			}
		}
	})
}
