// Package modproxy writes modules into a folder laid out as a module proxy
// serves them, so that GOPROXY=file://FOLDER serves them to the go command
// (https://go.dev/ref/mod#goproxy-protocol): for each module, @v/list,
// @v/VERSION.info, @v/VERSION.mod and @v/VERSION.zip, the zip packed by
// golang.org/x/mod/zip as the go command packs a module it downloads.
package modproxy

import (
	"bytes"
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"time"

	"golang.org/x/mod/module"
	"golang.org/x/mod/zip"
)

// Module is one module version to serve.
type Module struct {
	Path    string
	Version string
	// Dir is the module's folder: its files are the files of the folder that
	// git tracks or would track (not ignored), without nested modules.
	Dir string
	// GoMod, when set, is served and packed instead of the folder's go.mod.
	GoMod []byte
}

// Write packs every module and writes its files below dir; when dates the
// versions in their .info files.
func Write(dir string, mods []Module, when time.Time) error {
	for _, m := range mods {
		if err := write(dir, m, when); err != nil {
			return fmt.Errorf("serving %s@%s from %s: %w", m.Path, m.Version, m.Dir, err)
		}
	}
	return nil
}

// write serves one module version.
func write(dir string, m Module, when time.Time) error {
	mv := module.Version{Path: m.Path, Version: m.Version}
	escPath, err := module.EscapePath(m.Path)
	if err != nil {
		return err
	}
	escVersion, err := module.EscapeVersion(m.Version)
	if err != nil {
		return err
	}
	files, err := listFiles(m.Dir)
	if err != nil {
		return err
	}
	goMod := m.GoMod
	if goMod == nil {
		if goMod, err = os.ReadFile(filepath.Join(m.Dir, "go.mod")); err != nil {
			return err
		}
	}
	for i, f := range files {
		if f.rel == "go.mod" {
			files[i].data = goMod
		}
	}
	var zipped bytes.Buffer
	if err := zip.Create(&zipped, mv, zipFiles(files)); err != nil {
		return fmt.Errorf("packing: %w", err)
	}
	info, err := json.Marshal(struct {
		Version string
		Time    time.Time
	}{m.Version, when.UTC()})
	if err != nil {
		return err
	}
	at := filepath.Join(dir, filepath.FromSlash(escPath), "@v")
	if err := os.MkdirAll(at, 0o755); err != nil {
		return err
	}
	for name, data := range map[string][]byte{
		"list":               []byte(m.Version + "\n"),
		escVersion + ".info": info,
		escVersion + ".mod":  goMod,
		escVersion + ".zip":  zipped.Bytes(),
	} {
		if err := os.WriteFile(filepath.Join(at, name), data, 0o644); err != nil {
			return err
		}
	}
	return nil
}
