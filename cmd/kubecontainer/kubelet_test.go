package main

import (
	"bufio"
	"bytes"
	"encoding/json"
	"os"
	"testing"

	v1 "k8s.io/api/core/v1"
	"sigs.k8s.io/yaml"
)

func TestParseKubeletVersion(t *testing.T) {
	tests := []struct {
		input, want, wantErr string
	}{
		{input: "1.27", want: "kubelet v1.27"},
		{input: "v1.27", want: "kubelet v1.27"},
		{input: "1.16", want: "kubelet v1.27"},
		{input: "1.30.4", want: "kubelet v1.27"},
		{input: "1.31", want: "kubelet v1.31"},
		{input: "v1.35.0", want: "kubelet v1.31"},
		{input: "1.15", wantErr: `kubelet version "1.15" is not supported (want 1.16 or later)`},
		{input: "", wantErr: `invalid kubelet version "" (want 1.MINOR, e.g. 1.27 or 1.31)`},
		{input: "1", wantErr: `invalid kubelet version "1" (want 1.MINOR, e.g. 1.27 or 1.31)`},
		{input: "2.0", wantErr: `invalid kubelet version "2.0" (want 1.MINOR, e.g. 1.27 or 1.31)`},
		{input: "1.x", wantErr: `invalid kubelet version "1.x" (want 1.MINOR, e.g. 1.27 or 1.31)`},
		{input: "1.27.1.2", wantErr: `invalid kubelet version "1.27.1.2" (want 1.MINOR, e.g. 1.27 or 1.31)`},
		{input: "1.27.-1", wantErr: `invalid kubelet version "1.27.-1" (want 1.MINOR, e.g. 1.27 or 1.31)`},
	}
	for _, tt := range tests {
		got, err := parseKubeletVersion(tt.input)
		switch {
		case tt.wantErr != "":
			if err == nil || err.Error() != tt.wantErr {
				t.Errorf("parseKubeletVersion(%q) error = %v, want %q", tt.input, err, tt.wantErr)
			}
		case err != nil:
			t.Errorf("parseKubeletVersion(%q): %v", tt.input, err)
		case got.Name != tt.want:
			t.Errorf("parseKubeletVersion(%q) = %s, want %s", tt.input, got.Name, tt.want)
		}
	}
}

// hashTestContainer is upstream's hash test container (line 1 of
// container/testdata/hash.jsonl).
func hashTestContainer() *v1.Container {
	return &v1.Container{Name: "test_container", Image: "foo/image:v1"}
}

func TestHashNameAndImage(t *testing.T) {
	tests := []struct {
		c    *v1.Container
		want string
	}{
		// {"image":"foo/image:v1","name":"test_container"}
		{hashTestContainer(), "8e45cbd0"},
		// Every other field is ignored.
		{&v1.Container{Name: "test_container", Image: "foo/image:v1", Args: []string{"x"}, TTY: true}, "8e45cbd0"},
	}
	for _, tt := range tests {
		if got := formatHash(hashNameAndImage(tt.c)); got != tt.want {
			t.Errorf("hashNameAndImage(%s, %s) = %s, want %s", tt.c.Name, tt.c.Image, got, tt.want)
		}
	}
	if hashNameAndImage(&v1.Container{Name: "a", Image: "<b>"}) == hashNameAndImage(&v1.Container{Name: "a", Image: "b"}) {
		t.Error("the image does not change the hash")
	}
}

func TestOtherAlgorithm(t *testing.T) {
	if got := otherAlgorithm(wholeSpec()).Name; got != "kubelet v1.31" {
		t.Errorf("otherAlgorithm(v1.27) = %s", got)
	}
	if got := otherAlgorithm(nameAndImage()).Name; got != "kubelet v1.27" {
		t.Errorf("otherAlgorithm(v1.31) = %s", got)
	}
}

// TestHashGolden wraps every container of container/testdata/hash.jsonl in
// a pod manifest, as JSON and as YAML, runs "kubecontainer hash -o json" on
// it and checks each printed hash against the kubelet's.
func TestHashGolden(t *testing.T) {
	data, err := os.ReadFile("../../container/testdata/hash.jsonl")
	if err != nil {
		t.Fatal(err)
	}
	type golden struct {
		Container            json.RawMessage `json:"container"`
		Hash                 uint64          `json:"hash"`
		HashWithoutResources uint64          `json:"hashWithoutResources"`
	}
	var lines []golden
	var containers []json.RawMessage
	sc := bufio.NewScanner(bytes.NewReader(data))
	sc.Buffer(make([]byte, 0, 1<<20), 16<<20)
	for sc.Scan() {
		var g golden
		if err := json.Unmarshal(sc.Bytes(), &g); err != nil {
			t.Fatal(err)
		}
		lines = append(lines, g)
		containers = append(containers, g.Container)
	}
	if err := sc.Err(); err != nil {
		t.Fatal(err)
	}
	if len(lines) < 2000 {
		t.Fatalf("read %d golden lines, want 2000", len(lines))
	}
	// YAML cannot hold some characters of the random containers (DEL, C1
	// controls), so the YAML pod has the others only.
	var yamlLines []golden
	var yamlContainers []json.RawMessage
	for _, g := range lines {
		if _, err := yaml.JSONToYAML(g.Container); err == nil {
			yamlLines = append(yamlLines, g)
			yamlContainers = append(yamlContainers, g.Container)
		}
	}
	if len(yamlLines) < 1000 {
		t.Fatalf("only %d golden containers can be written as YAML", len(yamlLines))
	}
	podYAML, err := yaml.JSONToYAML(goldenPod(t, yamlContainers))
	if err != nil {
		t.Fatal(err)
	}
	for _, input := range []struct {
		format string
		data   []byte
		lines  []golden
	}{{"JSON", goldenPod(t, containers), lines}, {"YAML", podYAML, yamlLines}} {
		lines := input.lines
		var stdout, stderr bytes.Buffer
		code := run([]string{"hash", "-f", "-", "-o", "json"}, bytes.NewReader(input.data), &stdout, &stderr)
		if code != 0 || stderr.Len() != 0 {
			t.Fatalf("%s: exit status %d, stderr %s", input.format, code, stderr.String())
		}
		var rows []hashRow
		if err := json.Unmarshal(stdout.Bytes(), &rows); err != nil {
			t.Fatal(err)
		}
		if len(rows) != len(lines) {
			t.Fatalf("%s: %d rows, want %d", input.format, len(rows), len(lines))
		}
		mismatches := 0
		for i, row := range rows {
			wantHash, wantWithout := formatHash(lines[i].Hash), formatHash(lines[i].HashWithoutResources)
			if row.Hash != wantHash || row.HashWithoutResources != wantWithout {
				mismatches++
				if mismatches <= 5 {
					t.Errorf("%s: container %d: hash %s/%s, want %s/%s (%s)", input.format, i+1,
						row.Hash, row.HashWithoutResources, wantHash, wantWithout, lines[i].Container)
				}
			}
		}
		if mismatches > 0 {
			t.Errorf("%s: %d of %d hashes differ", input.format, mismatches, len(lines))
		}
		t.Logf("%s: %d golden hashes matched", input.format, len(lines)-mismatches)
	}
}

// goldenPod returns the JSON of a pod with the given containers.
func goldenPod(t *testing.T, containers []json.RawMessage) []byte {
	t.Helper()
	pod, err := json.Marshal(map[string]interface{}{
		"apiVersion": "v1",
		"kind":       "Pod",
		"metadata":   map[string]string{"name": "golden"},
		"spec":       map[string]interface{}{"containers": containers},
	})
	if err != nil {
		t.Fatal(err)
	}
	return pod
}
