package modset

import (
	"fmt"
	"io/fs"
	"os"
	"path"
	"path/filepath"
	"sort"
	"strings"

	"golang.org/x/mod/modfile"
)

// GeneratorDir is the folder of the golden-data generators: modules that are
// never released and never listed in versions.yaml.
const GeneratorDir = "oracle"

// ModFiles returns the module files of the repository at root, relative and
// slash-separated, sorted: every go.mod, every other *.mod file (the
// -modfile variants such as go.latest.mod) and every go.work. It skips
// hidden folders, testdata, vendor and bin.
func ModFiles(root string) ([]string, error) {
	var files []string
	err := filepath.WalkDir(root, func(p string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		name := d.Name()
		if d.IsDir() {
			if p != root && skipDir(name) {
				return filepath.SkipDir
			}
			return nil
		}
		if (strings.HasSuffix(name, ".mod") || name == "go.work") && d.Type().IsRegular() {
			rel, err := filepath.Rel(root, p)
			if err != nil {
				return err
			}
			files = append(files, filepath.ToSlash(rel))
		}
		return nil
	})
	if err != nil {
		return nil, fmt.Errorf("listing the module files: %w", err)
	}
	sort.Strings(files)
	return files, nil
}

// skipDir tells whether the walk skips a folder of this name.
func skipDir(name string) bool {
	switch name {
	case "testdata", "vendor", "bin":
		return true
	}
	return strings.HasPrefix(name, ".") || strings.HasPrefix(name, "_")
}

// Module is a module of the tree: its path and its folder.
type Module struct {
	Path string
	// Dir is relative to the repository's root and slash-separated, "."
	// for the root module.
	Dir string
}

// Modules returns the modules of the tree that versions.yaml must account
// for: the folder of every go.mod outside the generators' folder, with the
// module path its go.mod declares.
func Modules(root string) ([]Module, error) {
	files, err := ModFiles(root)
	if err != nil {
		return nil, err
	}
	var mods []Module
	for _, file := range files {
		if path.Base(file) != "go.mod" || isGenerator(file) {
			continue
		}
		f, err := ReadModFile(root, file)
		if err != nil {
			return nil, err
		}
		if f.Module == nil {
			return nil, fmt.Errorf("%s has no module line", file)
		}
		mods = append(mods, Module{Path: f.Module.Mod.Path, Dir: path.Dir(file)})
	}
	return mods, nil
}

// isGenerator tells whether a module file belongs to the generators.
func isGenerator(file string) bool {
	return strings.HasPrefix(file, GeneratorDir+"/")
}

// ReadModFile parses the module file at the slash-separated path rel below root.
func ReadModFile(root, rel string) (*modfile.File, error) {
	data, err := os.ReadFile(filepath.Join(root, filepath.FromSlash(rel)))
	if err != nil {
		return nil, fmt.Errorf("reading a module file: %w", err)
	}
	f, err := modfile.Parse(rel, data, nil)
	if err != nil {
		return nil, fmt.Errorf("parsing a module file: %w", err)
	}
	return f, nil
}
