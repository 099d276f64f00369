package main

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/kubecontainer/kubecontainer/tools/internal/testtree"
)

const versions = `module-sets:
  kubecontainer:
    version: v0.1.0
    modules:
      - github.com/kubecontainer/kubecontainer
      - github.com/kubecontainer/kubecontainer/kubelet-1.37
excluded-modules:
  - github.com/kubecontainer/kubecontainer/tools
`

const lineMod = `module github.com/kubecontainer/kubecontainer/kubelet-1.37

go 1.26.0

require github.com/kubecontainer/kubecontainer v0.1.0

replace github.com/kubecontainer/kubecontainer => ../
`

func TestRun(t *testing.T) {
	tests := []struct {
		name    string
		args    []string
		wantErr string
		wantOut string
		version string // versions.yaml and the line's requirement after the run
	}{
		{"release", []string{"-version", "v0.2.0"}, "", "v0.2.0\nkubelet-1.37/v0.2.0\n", "v0.2.0"},
		{"prerelease", []string{"-version", "v0.2.0-rc.1"}, "", "v0.2.0-rc.1\nkubelet-1.37/v0.2.0-rc.1\n", "v0.2.0-rc.1"},
		{"tags of the current version", []string{"-tags"}, "", "v0.1.0\nkubelet-1.37/v0.1.0\n", "v0.1.0"},
		{"same version", []string{"-version", "v0.1.0"}, "not newer than v0.1.0", "", "v0.1.0"},
		{"older version", []string{"-version", "v0.0.9"}, "not newer than v0.1.0", "", "v0.1.0"},
		{"invalid version", []string{"-version", "0.2.0"}, "not of the form", "", "v0.1.0"},
		{"incomplete version", []string{"-version", "v0.2"}, "not of the form", "", "v0.1.0"},
		{"no version", nil, "no -version given", "", "v0.1.0"},
		{"unknown set", []string{"-set", "other", "-version", "v0.2.0"}, `no module set "other"`, "", "v0.1.0"},
		{"unknown flag", []string{"-v"}, "usage", "", "v0.1.0"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			root := testtree.Write(t, map[string]string{"versions.yaml": versions, "kubelet-1.37/go.mod": lineMod})
			var out bytes.Buffer
			err := run(append([]string{"-root", root}, tt.args...), &out)
			if tt.wantErr == "" && err != nil {
				t.Fatalf("run: %v", err)
			}
			if tt.wantErr != "" && (err == nil || !strings.Contains(err.Error(), tt.wantErr)) {
				t.Fatalf("run error %v, want one containing %q", err, tt.wantErr)
			}
			if out.String() != tt.wantOut {
				t.Errorf("run printed %q, want %q", out.String(), tt.wantOut)
			}
			for name, want := range map[string]string{
				"versions.yaml":       strings.Replace(versions, "v0.1.0", tt.version, 1),
				"kubelet-1.37/go.mod": strings.Replace(lineMod, "v0.1.0", tt.version, 1),
			} {
				got, err := os.ReadFile(filepath.Join(root, filepath.FromSlash(name)))
				if err != nil {
					t.Fatal(err)
				}
				if string(got) != want {
					t.Errorf("%s after the run:\n%s\nwant\n%s", name, got, want)
				}
			}
		})
	}
}
