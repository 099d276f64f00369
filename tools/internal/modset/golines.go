package modset

import (
	"context"
	"errors"
	"fmt"
	"go/version"
	"io/fs"
	"os"
	"os/exec"
	"path/filepath"
	"time"

	"golang.org/x/mod/modfile"
	"golang.org/x/mod/module"
)

// GoLines finds the go line of a required module as the go command reads it:
// from the tree for a module of the project, else from the module cache's
// copy of its go.mod (cache/download/PATH/@v/VERSION.mod).
type GoLines struct {
	// Root is the repository's root.
	Root string
	// ModCache is the module cache (go env GOMODCACHE).
	ModCache string
	// Download, when set, fetches a go.mod missing from the module cache
	// (go mod download) before reading it again.
	Download bool
}

// Floor returns the lowest go line the requirements of f allow: the highest
// go line among the modules it requires, with the requirement that sets it.
// Requirements without a go line do not count.
func (g GoLines) Floor(f *modfile.File) (string, module.Version, error) {
	floor, from := "", module.Version{}
	for _, r := range f.Require {
		goLine, err := g.of(r.Mod)
		if err != nil {
			return "", module.Version{}, err
		}
		if goLine != "" && (floor == "" || version.Compare("go"+goLine, "go"+floor) > 0) {
			floor, from = goLine, r.Mod
		}
	}
	return floor, from, nil
}

// of returns the go line of one required module ("" when it has none).
func (g GoLines) of(m module.Version) (string, error) {
	path, err := g.modPath(m)
	if err != nil {
		return "", err
	}
	data, err := os.ReadFile(path)
	if errors.Is(err, fs.ErrNotExist) && g.Download {
		if err := download(m); err != nil {
			return "", err
		}
		data, err = os.ReadFile(path)
	}
	if err != nil {
		return "", fmt.Errorf("the go.mod of %s: %w", m, err)
	}
	f, err := modfile.ParseLax(path, data, nil)
	if err != nil {
		return "", fmt.Errorf("the go.mod of %s: %w", m, err)
	}
	if f.Go == nil {
		return "", nil
	}
	return f.Go.Version, nil
}

// modPath is the file holding the go.mod of m.
func (g GoLines) modPath(m module.Version) (string, error) {
	if dir, err := Dir(m.Path); err == nil {
		if _, err := os.Stat(filepath.Join(g.Root, dir, "go.mod")); err == nil {
			return filepath.Join(g.Root, dir, "go.mod"), nil
		}
	}
	escPath, err := module.EscapePath(m.Path)
	if err != nil {
		return "", fmt.Errorf("requirement %s: %w", m, err)
	}
	escVersion, err := module.EscapeVersion(m.Version)
	if err != nil {
		return "", fmt.Errorf("requirement %s: %w", m, err)
	}
	return filepath.Join(g.ModCache, "cache", "download", escPath, "@v", escVersion+".mod"), nil
}

// download fetches one module into the module cache, within two minutes.
func download(m module.Version) error {
	ctx, cancel := context.WithTimeout(context.Background(), 2*time.Minute)
	defer cancel()
	cmd := exec.CommandContext(ctx, "go", "mod", "download", m.String())
	if out, err := cmd.CombinedOutput(); err != nil {
		return fmt.Errorf("go mod download %s: %w\n%s", m, err, out)
	}
	return nil
}
