package modset

import (
	"go/version"
	"os/exec"
	"path"
	"path/filepath"
	"slices"
	"strings"
	"testing"
)

// repoRoot is the repository's root, seen from this package's folder.
const repoRoot = "../../.."

// TestVersionsListTheTree checks that versions.yaml names exactly the
// modules of the tree (the generators aside), each in the folder its path
// says.
func TestVersionsListTheTree(t *testing.T) {
	v, err := ReadVersions(repoRoot)
	if err != nil {
		t.Fatal(err)
	}
	mods, err := Modules(repoRoot)
	if err != nil {
		t.Fatal(err)
	}
	listed := slices.Clone(v.ExcludedModules)
	for _, set := range v.ModuleSets {
		listed = append(listed, set.Modules...)
	}
	var inTree []string
	for _, m := range mods {
		inTree = append(inTree, m.Path)
		dir, err := Dir(m.Path)
		if err != nil {
			t.Errorf("%s/go.mod: %v", m.Dir, err)
			continue
		}
		if dir != m.Dir {
			t.Errorf("%s/go.mod declares module %s, whose folder would be %s", m.Dir, m.Path, dir)
		}
	}
	slices.Sort(listed)
	slices.Sort(inTree)
	if !slices.Equal(listed, inTree) {
		t.Errorf("versions.yaml lists the modules\n\t%s\nthe tree has\n\t%s",
			strings.Join(listed, "\n\t"), strings.Join(inTree, "\n\t"))
	}
}

// TestRequirementsAtTheReleaseVersion checks that every module file of the
// tree, the generators' included, requires each project module at the
// version versions.yaml gives it.
func TestRequirementsAtTheReleaseVersion(t *testing.T) {
	v, err := ReadVersions(repoRoot)
	if err != nil {
		t.Fatal(err)
	}
	stale, err := StaleRequirements(repoRoot, v)
	if err != nil {
		t.Fatal(err)
	}
	for _, r := range stale {
		t.Errorf("%s (make release sets it)", r)
	}
}

// TestGoLines checks that the go line of every module file outside the
// generators is the lowest its requirements allow: the highest go line
// among the modules it requires, as the module cache's go.mod files say.
func TestGoLines(t *testing.T) {
	out, err := exec.Command("go", "env", "GOMODCACHE").Output()
	if err != nil {
		t.Fatalf("go env GOMODCACHE: %v", err)
	}
	lines := GoLines{Root: repoRoot, ModCache: strings.TrimSpace(string(out)), Download: true}
	files, err := ModFiles(repoRoot)
	if err != nil {
		t.Fatal(err)
	}
	for _, file := range files {
		if isGenerator(file) || path.Base(file) == "go.work" {
			continue
		}
		t.Run(filepath.ToSlash(file), func(t *testing.T) {
			f, err := ReadModFile(repoRoot, file)
			if err != nil {
				t.Fatal(err)
			}
			floor, from, err := lines.Floor(f)
			if err != nil {
				t.Fatal(err)
			}
			if f.Go == nil {
				t.Fatalf("no go line; its requirements need go %s (%s)", floor, from)
			}
			t.Logf("go %s; its requirements allow go %s at the lowest (the go line of %s)", f.Go.Version, floor, from)
			if version.Compare("go"+f.Go.Version, "go"+floor) != 0 {
				t.Errorf("go %s; the lowest its requirements allow is go %s, the go line of %s", f.Go.Version, floor, from)
			}
		})
	}
}
