// Package modset reads versions.yaml, the list of the project's modules that
// are released together at one version, and keeps the module files of the
// tree in step with it (ARCHITECTURE.md, "Modules").
package modset

import (
	"bytes"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"strings"

	"go.yaml.in/yaml/v3"
	"golang.org/x/mod/module"
	"golang.org/x/mod/semver"
)

// RootPath is the module path of the repository's root module; every other
// module of the project lives in a folder below it and has that folder's path
// appended.
const RootPath = "github.com/kubecontainer/kubecontainer"

// VersionsFile is the name of the versions file at the repository's root.
const VersionsFile = "versions.yaml"

// Versions is the content of versions.yaml, in the shape opentelemetry-go's
// multimod tool reads.
type Versions struct {
	// ModuleSets are the sets of modules released together, by name.
	ModuleSets map[string]ModuleSet `yaml:"module-sets"`
	// ExcludedModules are modules of the tree that are never released.
	ExcludedModules []string `yaml:"excluded-modules"`
}

// ModuleSet is a group of modules that always carry the same version.
type ModuleSet struct {
	Version string   `yaml:"version"`
	Modules []string `yaml:"modules"`
}

// ReadVersions reads and checks the versions file of the repository at root.
func ReadVersions(root string) (Versions, error) {
	path := filepath.Join(root, VersionsFile)
	data, err := os.ReadFile(path)
	if err != nil {
		return Versions{}, fmt.Errorf("reading the versions file: %w", err)
	}
	v, err := ParseVersions(data)
	if err != nil {
		return Versions{}, fmt.Errorf("%s: %w", path, err)
	}
	return v, nil
}

// ParseVersions decodes a versions file and checks it: at least one module
// set, every version a canonical semantic version, every module path valid,
// inside the repository and listed once.
func ParseVersions(data []byte) (Versions, error) {
	var v Versions
	dec := yaml.NewDecoder(bytes.NewReader(data))
	dec.KnownFields(true)
	if err := dec.Decode(&v); err != nil {
		return Versions{}, fmt.Errorf("decoding: %w", err)
	}
	if len(v.ModuleSets) == 0 {
		return Versions{}, errors.New("no module-sets")
	}
	seen := map[string]bool{}
	check := func(path string) error {
		if _, err := Dir(path); err != nil {
			return err
		}
		if seen[path] {
			return fmt.Errorf("module %s is listed twice", path)
		}
		seen[path] = true
		return nil
	}
	for name, set := range v.ModuleSets {
		if err := CheckVersion(set.Version); err != nil {
			return Versions{}, fmt.Errorf("module set %s: %w", name, err)
		}
		if len(set.Modules) == 0 {
			return Versions{}, fmt.Errorf("module set %s has no modules", name)
		}
		for _, path := range set.Modules {
			if err := check(path); err != nil {
				return Versions{}, fmt.Errorf("module set %s: %w", name, err)
			}
		}
	}
	for _, path := range v.ExcludedModules {
		if err := check(path); err != nil {
			return Versions{}, fmt.Errorf("excluded-modules: %w", err)
		}
	}
	return v, nil
}

// CheckVersion accepts a canonical semantic version with a leading v
// (v1.2.3 or v1.2.3-rc.1): the form of a git tag a module proxy serves.
func CheckVersion(version string) error {
	if !semver.IsValid(version) || semver.Canonical(version) != version {
		return fmt.Errorf("version %q is not of the form vMAJOR.MINOR.PATCH", version)
	}
	return nil
}

// Dir returns the folder, relative to the repository's root and
// slash-separated, of the project module path ("." for the root module).
func Dir(path string) (string, error) {
	if err := module.CheckPath(path); err != nil {
		return "", fmt.Errorf("module %s: %w", path, err)
	}
	if path == RootPath {
		return ".", nil
	}
	dir, ok := strings.CutPrefix(path, RootPath+"/")
	if !ok {
		return "", fmt.Errorf("module %s is not inside %s", path, RootPath)
	}
	return dir, nil
}

// VersionOf maps each module of every set to its set's version.
func (v Versions) VersionOf() map[string]string {
	out := map[string]string{}
	for _, set := range v.ModuleSets {
		for _, path := range set.Modules {
			out[path] = set.Version
		}
	}
	return out
}

// Tags returns the git tags that release the set at its version: the bare
// version for the root module, FOLDER/VERSION for a nested one, as the go
// command looks them up.
func (s ModuleSet) Tags() []string {
	tags := make([]string, 0, len(s.Modules))
	for _, path := range s.Modules {
		if dir, nested := strings.CutPrefix(path, RootPath+"/"); nested {
			tags = append(tags, dir+"/"+s.Version)
		} else {
			tags = append(tags, s.Version)
		}
	}
	return tags
}

// SetVersion returns the versions file data with the version of the named
// set replaced, comments and order kept.
func SetVersion(data []byte, set, version string) ([]byte, error) {
	if err := CheckVersion(version); err != nil {
		return nil, err
	}
	var doc yaml.Node
	if err := yaml.Unmarshal(data, &doc); err != nil {
		return nil, fmt.Errorf("decoding: %w", err)
	}
	node, err := versionNode(&doc, set)
	if err != nil {
		return nil, err
	}
	node.Value = version
	var out bytes.Buffer
	enc := yaml.NewEncoder(&out)
	enc.SetIndent(2)
	if err := enc.Encode(&doc); err != nil {
		return nil, fmt.Errorf("encoding: %w", err)
	}
	if err := enc.Close(); err != nil {
		return nil, fmt.Errorf("encoding: %w", err)
	}
	return out.Bytes(), nil
}

// versionNode finds the scalar module-sets.SET.version in a decoded document.
func versionNode(doc *yaml.Node, set string) (*yaml.Node, error) {
	if doc.Kind != yaml.DocumentNode || len(doc.Content) != 1 {
		return nil, errors.New("not a YAML document")
	}
	node := doc.Content[0]
	for _, key := range []string{"module-sets", set, "version"} {
		node = mappingValue(node, key)
		if node == nil {
			return nil, fmt.Errorf("no module-sets.%s.version", set)
		}
	}
	if node.Kind != yaml.ScalarNode {
		return nil, fmt.Errorf("module-sets.%s.version is not a scalar", set)
	}
	return node, nil
}

// mappingValue returns the value of key in a mapping node, or nil.
func mappingValue(node *yaml.Node, key string) *yaml.Node {
	if node.Kind != yaml.MappingNode {
		return nil
	}
	for i := 0; i+1 < len(node.Content); i += 2 {
		if node.Content[i].Value == key {
			return node.Content[i+1]
		}
	}
	return nil
}
