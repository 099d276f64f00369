// Command release moves the project's released modules to a new version in
// lockstep: it checks the version, sets every requirement of those modules in
// every module file of the tree to it (golang.org/x/mod/modfile), writes it
// into versions.yaml and prints the git tags that publish it.
//
//	go run ./cmd/release -root .. -version v0.2.0
//	go run ./cmd/release -root .. -tags
//
// With -tags it changes nothing and prints the tags of the version
// versions.yaml holds. `make release VERSION=v0.2.0` runs it from the
// repository's root.
package main

import (
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"path/filepath"

	"golang.org/x/mod/semver"

	"github.com/kubecontainer/kubecontainer/tools/internal/modset"
)

func main() {
	if err := run(os.Args[1:], os.Stdout); err != nil {
		fmt.Fprintln(os.Stderr, "release:", err)
		os.Exit(1)
	}
}

// run parses the flags and releases, writing the tags to stdout.
func run(args []string, stdout io.Writer) error {
	flags := flag.NewFlagSet("release", flag.ContinueOnError)
	flags.SetOutput(io.Discard)
	root := flags.String("root", ".", "the repository's root")
	set := flags.String("set", "kubecontainer", "the module set of versions.yaml to release")
	version := flags.String("version", "", "the new version, vMAJOR.MINOR.PATCH")
	tagsOnly := flags.Bool("tags", false, "print the tags of the current version and change nothing")
	if err := flags.Parse(args); err != nil {
		return fmt.Errorf("%w (usage: release [-root DIR] [-set NAME] -version vX.Y.Z | -tags)", err)
	}
	v, err := modset.ReadVersions(*root)
	if err != nil {
		return err
	}
	current, ok := v.ModuleSets[*set]
	if !ok {
		return fmt.Errorf("versions.yaml has no module set %q", *set)
	}
	if !*tagsOnly {
		if err := release(*root, v, *set, *version); err != nil {
			return err
		}
		current.Version = *version
	}
	for _, tag := range current.Tags() {
		if _, err := fmt.Fprintln(stdout, tag); err != nil {
			return err
		}
	}
	return nil
}

// release checks that version is valid and newer than the set's, then
// writes it into every module file and, last, into versions.yaml, so that
// a run that fails half-way can be repeated.
func release(root string, v modset.Versions, set, version string) error {
	if version == "" {
		return errors.New("no -version given")
	}
	if err := modset.CheckVersion(version); err != nil {
		return err
	}
	current := v.ModuleSets[set].Version
	if semver.Compare(version, current) <= 0 {
		return fmt.Errorf("version %s is not newer than %s, the version of module set %s in versions.yaml", version, current, set)
	}
	path := filepath.Join(root, modset.VersionsFile)
	data, err := os.ReadFile(path)
	if err != nil {
		return fmt.Errorf("reading the versions file: %w", err)
	}
	updated, err := modset.SetVersion(data, set, version)
	if err != nil {
		return fmt.Errorf("%s: %w", path, err)
	}
	next, err := modset.ParseVersions(updated)
	if err != nil {
		return fmt.Errorf("%s after the change: %w", path, err)
	}
	if _, err := modset.SetRequirements(root, next); err != nil {
		return err
	}
	if err := os.WriteFile(path, updated, 0o644); err != nil {
		return fmt.Errorf("writing the versions file: %w", err)
	}
	return nil
}
