package modset

import (
	"fmt"
	"os"
	"path"
	"path/filepath"

	"golang.org/x/mod/modfile"
	"golang.org/x/mod/module"
)

// Requirement is one requirement of a project module, in one module file.
type Requirement struct {
	File    string // the module file, relative to the repository's root
	Path    string // the required module
	Version string // the version the file requires
	Want    string // the version of the module's set in versions.yaml
}

func (r Requirement) String() string {
	return fmt.Sprintf("%s requires %s %s, versions.yaml says %s", r.File, r.Path, r.Version, r.Want)
}

// StaleRequirements lists the requirements of project modules, in every
// module file of the repository at root, that are not at the version of
// their set in v. In a go.work, a replace of one version of a project
// module counts as a requirement of that version.
func StaleRequirements(root string, v Versions) ([]Requirement, error) {
	return syncRequirements(root, v, false)
}

// SetRequirements rewrites every module file of the repository at root so
// that each requirement of a project module is at the version of its set
// in v, and returns the requirements it changed.
func SetRequirements(root string, v Versions) ([]Requirement, error) {
	return syncRequirements(root, v, true)
}

// syncRequirements finds the stale requirements and, when write is set,
// rewrites their files with golang.org/x/mod/modfile (comments, order and
// the other directives kept).
func syncRequirements(root string, v Versions, write bool) ([]Requirement, error) {
	want := v.VersionOf()
	files, err := ModFiles(root)
	if err != nil {
		return nil, err
	}
	var stale []Requirement
	for _, file := range files {
		full := filepath.Join(root, filepath.FromSlash(file))
		data, err := os.ReadFile(full)
		if err != nil {
			return nil, fmt.Errorf("reading a module file: %w", err)
		}
		sync := syncModFile
		if path.Base(file) == "go.work" {
			sync = syncWorkFile
		}
		changed, updated, err := sync(file, data, want)
		if err != nil {
			return nil, fmt.Errorf("%s: %w", file, err)
		}
		stale = append(stale, changed...)
		if !write || len(changed) == 0 {
			continue
		}
		if err := os.WriteFile(full, updated, 0o644); err != nil {
			return nil, fmt.Errorf("writing %s: %w", file, err)
		}
	}
	return stale, nil
}

// syncModFile returns the stale requirements of a go.mod (or other module
// file) and the file with them set to the wanted versions.
func syncModFile(file string, data []byte, want map[string]string) ([]Requirement, []byte, error) {
	f, err := modfile.Parse(file, data, nil)
	if err != nil {
		return nil, nil, err
	}
	var stale []Requirement
	for _, r := range f.Require {
		if version, ok := want[r.Mod.Path]; ok && r.Mod.Version != version {
			stale = append(stale, Requirement{File: file, Path: r.Mod.Path, Version: r.Mod.Version, Want: version})
		}
	}
	if len(stale) == 0 {
		return nil, data, nil
	}
	for _, r := range stale {
		if err := f.AddRequire(r.Path, r.Want); err != nil {
			return nil, nil, err
		}
	}
	f.Cleanup()
	updated, err := f.Format()
	return stale, updated, err
}

// syncWorkFile returns the replace directives of a go.work that name a
// project module at another version than the wanted one, and the file with
// them moved to that version.
func syncWorkFile(file string, data []byte, want map[string]string) ([]Requirement, []byte, error) {
	f, err := modfile.ParseWork(file, data, nil)
	if err != nil {
		return nil, nil, err
	}
	var stale []Requirement
	var targets []module.Version // what each stale replace points to
	for _, r := range f.Replace {
		if version, ok := want[r.Old.Path]; ok && r.Old.Version != "" && r.Old.Version != version {
			stale = append(stale, Requirement{File: file, Path: r.Old.Path, Version: r.Old.Version, Want: version})
			targets = append(targets, r.New)
		}
	}
	if len(stale) == 0 {
		return nil, data, nil
	}
	// DropReplace clears the dropped directives, so they are read above.
	for i, r := range stale {
		if err := f.DropReplace(r.Path, r.Version); err != nil {
			return nil, nil, err
		}
		if err := f.AddReplace(r.Path, r.Want, targets[i].Path, targets[i].Version); err != nil {
			return nil, nil, err
		}
	}
	f.Cleanup()
	return stale, modfile.Format(f.Syntax), nil
}
