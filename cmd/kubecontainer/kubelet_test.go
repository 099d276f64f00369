package main

import (
	"bufio"
	"bytes"
	"encoding/json"
	"fmt"
	"os"
	"strings"
	"testing"

	v1 "k8s.io/api/core/v1"
	"sigs.k8s.io/yaml"
)

func TestParseKubelet(t *testing.T) {
	const badSyntax = `invalid kubelet version %q (want 1.MINOR or 1.MINOR.PATCH, e.g. 1.27 or v1.31.2; ` +
		`supported: 1.27 (the default), 1.28, 1.29, 1.30, and 1.31 to 1.37)`
	const tooOld = `kubelet version %q is not supported: this build computes the hashes of kubelets ` +
		`1.27 (the default), 1.28, 1.29, 1.30, and 1.31 to 1.37`
	const unknown = `kubelet version %q is unknown to this build: it computes the hashes of kubelets ` +
		`1.27 (the default), 1.28, 1.29, 1.30, and 1.31 to 1.37`
	tests := []struct {
		input     string
		wantMinor int
		want      string
		wantErr   string
	}{
		{input: "1.27", wantMinor: 27, want: "kubelet v1.27"},
		{input: "v1.27", wantMinor: 27, want: "kubelet v1.27"},
		{input: "1.27.16", wantMinor: 27, want: "kubelet v1.27"},
		{input: "1.28", wantMinor: 28, want: "kubelet v1.27"},
		{input: "1.30.4", wantMinor: 30, want: "kubelet v1.27"},
		{input: "1.31", wantMinor: 31, want: "kubelet v1.31"},
		{input: "v1.35.0", wantMinor: 35, want: "kubelet v1.31"},
		{input: "1.37", wantMinor: 37, want: "kubelet v1.31"},
		{input: "1.26", wantErr: tooOld},
		{input: "1.16", wantErr: tooOld},
		{input: "1.0", wantErr: tooOld},
		{input: "1.38", wantErr: unknown},
		{input: "1.99", wantErr: unknown},
		{input: "", wantErr: badSyntax},
		{input: "1", wantErr: badSyntax},
		{input: "2.0", wantErr: badSyntax},
		{input: "1.x", wantErr: badSyntax},
		{input: "1.+27", wantErr: badSyntax},
		{input: "1.0027", wantErr: badSyntax},
		{input: "01.27", wantErr: badSyntax},
		{input: "1.27.01", wantErr: badSyntax},
		{input: "1.27.", wantErr: badSyntax},
		{input: "V1.27", wantErr: badSyntax},
		{input: " 1.27", wantErr: badSyntax},
		{input: "1.27\n", wantErr: badSyntax},
		{input: "1.27.1.2", wantErr: badSyntax},
		{input: "1.27.-1", wantErr: badSyntax},
		{input: "1.27.99999", wantErr: badSyntax},
	}
	for _, tt := range tests {
		got, err := parseKubelet(tt.input)
		switch {
		case tt.wantErr != "":
			if want := fmt.Sprintf(tt.wantErr, tt.input); err == nil || err.Error() != want {
				t.Errorf("parseKubelet(%q) error = %v, want %q", tt.input, err, want)
			}
		case err != nil:
			t.Errorf("parseKubelet(%q): %v", tt.input, err)
		case got.Minor != tt.wantMinor || got.Algorithm.Name != tt.want:
			t.Errorf("parseKubelet(%q) = 1.%d, %s, want 1.%d, %s", tt.input, got.Minor, got.Algorithm.Name, tt.wantMinor, tt.want)
		}
	}
}

// FuzzParseKubelet checks that every accepted version is 1.27 to 1.37 in
// the strict syntax.
func FuzzParseKubelet(f *testing.F) {
	for _, s := range []string{"1.27", "v1.31.2", "1.+27", "1.0027", "1.99", "1.26", "v1.37.0"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		k, err := parseKubelet(s)
		if err != nil {
			return
		}
		if k.Minor < 27 || k.Minor > 37 || k.Algorithm.Hash == nil {
			t.Fatalf("parseKubelet(%q) = %+v", s, k)
		}
		if canonical := fmt.Sprintf("1.%d", k.Minor); !strings.HasPrefix(strings.TrimPrefix(s, "v"), canonical) {
			t.Fatalf("parseKubelet(%q) accepted a version that does not start with %s", s, canonical)
		}
	})
}

func TestKubeletRules(t *testing.T) {
	for minor := 27; minor <= 37; minor++ {
		k, err := parseKubelet(fmt.Sprintf("1.%d", minor))
		if err != nil {
			t.Fatal(err)
		}
		wantRefuse := minor >= 28 && minor <= 30
		if k.refusesNewerFields() != wantRefuse || k.appliesDefaults() != (minor <= 30) {
			t.Errorf("1.%d: refusesNewerFields %v, appliesDefaults %v", minor, k.refusesNewerFields(), k.appliesDefaults())
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
		code := run([]string{"hash", "-f", "-", "-o", "json", "--no-defaults"}, bytes.NewReader(input.data), &stdout, &stderr)
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
