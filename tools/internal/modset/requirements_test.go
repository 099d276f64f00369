package modset

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"golang.org/x/mod/modfile"

	"github.com/kubecontainer/kubecontainer/tools/internal/testtree"
)

const lineMod = `module github.com/kubecontainer/kubecontainer/kubelet-1.37

go 1.26.0

require (
	github.com/kubecontainer/kubecontainer v0.0.0-00010101000000-000000000000 // the root
	k8s.io/api v0.37.0
)

// for work inside the repository
replace github.com/kubecontainer/kubecontainer => ../
`

const commandWork = `go 1.26.0

use (
	.
	../..
)

replace github.com/kubecontainer/kubecontainer v0.1.0 => ../..
`

func TestSetRequirements(t *testing.T) {
	root := testtree.Write(t, map[string]string{
		VersionsFile:                             sample,
		"go.mod":                                 "module github.com/kubecontainer/kubecontainer\n\ngo 1.20\n",
		"kubelet-1.37/go.mod":                    lineMod,
		"oracle/kubelet/kubelet-1.37.mod":        strings.Replace(lineMod, "module github.com/kubecontainer/kubecontainer/kubelet-1.37", "module github.com/kubecontainer/kubecontainer/oracle/kubelet", 1),
		"cmd/kubecontainer/go.mod":               "module github.com/kubecontainer/kubecontainer/cmd/kubecontainer\n\ngo 1.26.0\n\nrequire github.com/kubecontainer/kubecontainer/kubelet-1.37 v0.1.0\n",
		"cmd/kubecontainer/go.work":              commandWork,
		"kubelet-1.37/container/testdata/go.mod": "module github.com/kubecontainer/kubecontainer v0.0.1\n",
	})
	v, err := ParseVersions([]byte(strings.Replace(sample, "v0.1.0", "v0.2.0", 1)))
	if err != nil {
		t.Fatal(err)
	}
	stale, err := StaleRequirements(root, v)
	if err != nil {
		t.Fatal(err)
	}
	var got []string
	for _, r := range stale {
		got = append(got, r.String())
	}
	want := []string{
		"cmd/kubecontainer/go.mod requires github.com/kubecontainer/kubecontainer/kubelet-1.37 v0.1.0, versions.yaml says v0.2.0",
		"cmd/kubecontainer/go.work requires github.com/kubecontainer/kubecontainer v0.1.0, versions.yaml says v0.2.0",
		"kubelet-1.37/go.mod requires github.com/kubecontainer/kubecontainer v0.0.0-00010101000000-000000000000, versions.yaml says v0.2.0",
		"oracle/kubelet/kubelet-1.37.mod requires github.com/kubecontainer/kubecontainer v0.0.0-00010101000000-000000000000, versions.yaml says v0.2.0",
	}
	if strings.Join(got, "\n") != strings.Join(want, "\n") {
		t.Errorf("StaleRequirements:\n%s\nwant\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
	if _, err := SetRequirements(root, v); err != nil {
		t.Fatal(err)
	}
	if stale, err := StaleRequirements(root, v); err != nil || len(stale) != 0 {
		t.Errorf("after SetRequirements: stale %v, error %v", stale, err)
	}
	data, err := os.ReadFile(filepath.Join(root, "kubelet-1.37", "go.mod"))
	if err != nil {
		t.Fatal(err)
	}
	if want := strings.Replace(lineMod, "v0.0.0-00010101000000-000000000000", "v0.2.0", 1); string(data) != want {
		t.Errorf("kubelet-1.37/go.mod after SetRequirements:\n%s\nwant\n%s", data, want)
	}
	data, err = os.ReadFile(filepath.Join(root, "cmd", "kubecontainer", "go.work"))
	if err != nil {
		t.Fatal(err)
	}
	work, err := modfile.ParseWork("go.work", data, nil)
	if err != nil {
		t.Fatal(err)
	}
	if len(work.Replace) != 1 || work.Replace[0].Old.Version != "v0.2.0" || work.Replace[0].New.Path != "../.." || len(work.Use) != 2 {
		t.Errorf("go.work after SetRequirements:\n%s", data)
	}
}

func TestModules(t *testing.T) {
	root := testtree.Write(t, map[string]string{
		"go.mod":                    "module github.com/kubecontainer/kubecontainer\n",
		"go.latest.mod":             "module github.com/kubecontainer/kubecontainer\n",
		"kubelet-1.37/go.mod":       "module github.com/kubecontainer/kubecontainer/kubelet-1.37\n",
		"oracle/kubelet/go.mod":     "module github.com/kubecontainer/kubecontainer/oracle/kubelet\n",
		".git/x/go.mod":             "module x\n",
		"bin/go.mod":                "module bin\n",
		"container/testdata/go.mod": "module testdata\n",
	})
	mods, err := Modules(root)
	if err != nil {
		t.Fatal(err)
	}
	want := []Module{{RootPath, "."}, {RootPath + "/kubelet-1.37", "kubelet-1.37"}}
	if len(mods) != len(want) || mods[0] != want[0] || mods[1] != want[1] {
		t.Errorf("Modules = %v, want %v", mods, want)
	}
}
