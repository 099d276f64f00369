package modset

import (
	"bytes"
	"slices"
	"strings"
	"testing"
)

const sample = `# comment kept
module-sets:
  kubecontainer:
    version: v0.1.0 # the first release
    modules:
      - github.com/kubecontainer/kubecontainer
      - github.com/kubecontainer/kubecontainer/kubelet-1.37
excluded-modules:
  - github.com/kubecontainer/kubecontainer/tools
`

func TestParseVersions(t *testing.T) {
	tests := []struct {
		name    string
		data    string
		wantErr string
	}{
		{"valid", sample, ""},
		{"no sets", "excluded-modules: []\n", "no module-sets"},
		{"not a version", strings.Replace(sample, "v0.1.0", "0.1.0", 1), "not of the form"},
		{"short version", strings.Replace(sample, "v0.1.0", "v0.1", 1), "not of the form"},
		{"build metadata", strings.Replace(sample, "v0.1.0", "v0.1.0+x", 1), "not of the form"},
		{"listed twice", strings.Replace(sample, "kubecontainer/tools", "kubecontainer/kubelet-1.37", 1), "listed twice"},
		{"outside the repository", strings.Replace(sample, "github.com/kubecontainer/kubecontainer/tools", "example.com/tools", 1), "not inside"},
		{"unknown field", sample + "modules: []\n", "decoding"},
		{"empty set", "module-sets:\n  a:\n    version: v1.0.0\n", "has no modules"},
		{"not YAML", "module-sets: [", "decoding"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := ParseVersions([]byte(tt.data))
			if tt.wantErr == "" && err != nil {
				t.Fatalf("ParseVersions: %v", err)
			}
			if tt.wantErr != "" && (err == nil || !strings.Contains(err.Error(), tt.wantErr)) {
				t.Fatalf("ParseVersions error %v, want one containing %q", err, tt.wantErr)
			}
		})
	}
}

func FuzzParseVersions(f *testing.F) {
	f.Add([]byte(sample))
	f.Add([]byte("module-sets: {}\n"))
	f.Add([]byte("module-sets:\n  a:\n    version: v1.0.0-rc.1\n    modules: [github.com/kubecontainer/kubecontainer]\n"))
	f.Fuzz(func(t *testing.T, data []byte) {
		v, err := ParseVersions(data)
		if err != nil {
			return
		}
		for name, set := range v.ModuleSets {
			if CheckVersion(set.Version) != nil || len(set.Modules) == 0 {
				t.Errorf("set %s accepted with version %q and %d modules", name, set.Version, len(set.Modules))
			}
			if len(set.Tags()) != len(set.Modules) {
				t.Errorf("set %s: %d tags for %d modules", name, len(set.Tags()), len(set.Modules))
			}
		}
	})
}

func TestSetVersion(t *testing.T) {
	got, err := SetVersion([]byte(sample), "kubecontainer", "v0.2.0")
	if err != nil {
		t.Fatal(err)
	}
	if want := strings.Replace(sample, "v0.1.0", "v0.2.0", 1); string(got) != want {
		t.Errorf("SetVersion wrote\n%s\nwant\n%s", got, want)
	}
	for _, tt := range []struct{ set, version, wantErr string }{
		{"other", "v0.2.0", "no module-sets.other.version"},
		{"kubecontainer", "v0.2", "not of the form"},
	} {
		if _, err := SetVersion([]byte(sample), tt.set, tt.version); err == nil || !strings.Contains(err.Error(), tt.wantErr) {
			t.Errorf("SetVersion(%s, %s) error %v, want one containing %q", tt.set, tt.version, err, tt.wantErr)
		}
	}
}

func TestTags(t *testing.T) {
	v, err := ParseVersions([]byte(sample))
	if err != nil {
		t.Fatal(err)
	}
	want := []string{"v0.1.0", "kubelet-1.37/v0.1.0"}
	if got := v.ModuleSets["kubecontainer"].Tags(); !slices.Equal(got, want) {
		t.Errorf("Tags = %v, want %v", got, want)
	}
	if !bytes.Contains([]byte(sample), []byte("# the first release")) {
		t.Fatal("sample lost its comment")
	}
}
