package installtest

import (
	"bytes"
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"text/template"
	"time"

	"golang.org/x/mod/modfile"

	"github.com/kubecontainer/kubecontainer/tools/internal/modproxy"
	"github.com/kubecontainer/kubecontainer/tools/internal/modset"
)

// repoRoot is the repository's root, seen from this package's folder.
const repoRoot = "../.."

// zeroPseudoVersion is the version go mod edit gives a requirement that
// only a replace directive satisfies; no proxy can serve it.
const zeroPseudoVersion = "v0.0.0-00010101000000-000000000000"

// commandPath is the module of the command.
const commandPath = modset.RootPath + "/cmd/kubecontainer"

func TestInstall(t *testing.T) {
	if testing.Short() {
		t.Skip("builds and tests every line as a user: make test runs it")
	}
	mods := releasedModules(t)
	proxy := t.TempDir()
	if err := modproxy.Write(proxy, mods, time.Now()); err != nil {
		t.Fatal(err)
	}
	u := newUser(t, proxy)
	for _, m := range mods {
		switch {
		case m.Path == commandPath:
			t.Run("cmd/kubecontainer", func(t *testing.T) { installCommand(t, u, m) })
		case isLine(m.Path):
			t.Run(lineName(m.Path), func(t *testing.T) { consume(t, u, m) })
		}
	}
	t.Run("zero pseudo-version", func(t *testing.T) { zeroPseudoVersionFails(t, proxy, mods) })
}

// releasedModules returns every module of versions.yaml at its set's version.
func releasedModules(t *testing.T) []modproxy.Module {
	t.Helper()
	v, err := modset.ReadVersions(repoRoot)
	if err != nil {
		t.Fatal(err)
	}
	var mods []modproxy.Module
	for _, set := range v.ModuleSets {
		for _, path := range set.Modules {
			dir, err := modset.Dir(path)
			if err != nil {
				t.Fatal(err)
			}
			mods = append(mods, modproxy.Module{Path: path, Version: set.Version, Dir: filepath.Join(repoRoot, dir)})
		}
	}
	return mods
}

// isLine tells whether a module is a kubelet line: the root (v1.27) or a
// kubelet-1.NN folder.
func isLine(path string) bool {
	return path == modset.RootPath || strings.HasPrefix(path, modset.RootPath+"/kubelet-")
}

// lineName names a line's subtest by its folder, "kubelet-1.27" for the root.
func lineName(path string) string {
	if path == modset.RootPath {
		return "kubelet-1.27"
	}
	return strings.TrimPrefix(path, modset.RootPath+"/")
}

// consumer is what the consumer's templates are filled with.
type consumer struct {
	Module    string // the line's module
	Container string // the JSON of the golden container
	Hash      uint64 // its hash, as the kubelet computed it
}

// consume builds and tests a new module that requires the line and uses
// its container package and fakes, with no replace directive.
func consume(t *testing.T, u user, m modproxy.Module) {
	c := consumer{Module: m.Path}
	c.Container, c.Hash = goldenHash(t, filepath.Join(m.Dir, "container", "testdata", "hash.jsonl"))
	work := t.TempDir()
	u.must(t, work, "go", "mod", "init", "example.com/consumer")
	writeTemplates(t, work, c)
	u.must(t, work, "go", "get", m.Path+"@"+m.Version)
	u.must(t, work, "go", "mod", "tidy")
	u.must(t, work, "go", "build", "./...")
	t.Log(strings.TrimSpace(u.must(t, work, "go", "test", "-count=1", "-v", "./...")))
	noReplace(t, filepath.Join(work, "go.mod"))
	// The line and the root come from the proxy, at the release version.
	for _, path := range []string{m.Path, modset.RootPath} {
		got := strings.TrimSpace(u.must(t, work, "go", "list", "-m", "-f", "{{.Version}} {{.Replace}}", path))
		if got != m.Version+" <nil>" {
			t.Errorf("the consumer builds with %s at %q, want %s from the proxy", path, got, m.Version)
		}
	}
}

// goldenHash reads the first line of a hash.jsonl: the container and the
// hash the kubelet computed for it.
func goldenHash(t *testing.T, path string) (string, uint64) {
	t.Helper()
	data, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	first, _, _ := bytes.Cut(data, []byte("\n"))
	var line struct {
		Container json.RawMessage `json:"container"`
		Hash      *uint64         `json:"hash"`
	}
	if err := json.Unmarshal(first, &line); err != nil {
		t.Fatalf("%s line 1: %v", path, err)
	}
	if line.Container == nil || line.Hash == nil {
		t.Fatalf("%s line 1 has no container or no hash", path)
	}
	return string(line.Container), *line.Hash
}

// writeTemplates fills testdata/consumer/*.tmpl into dir, each named
// without its .tmpl.
func writeTemplates(t *testing.T, dir string, c consumer) {
	t.Helper()
	paths, err := filepath.Glob(filepath.Join("testdata", "consumer", "*.tmpl"))
	if err != nil || len(paths) == 0 {
		t.Fatalf("no consumer templates: %v", err)
	}
	for _, path := range paths {
		tmpl, err := template.ParseFiles(path)
		if err != nil {
			t.Fatal(err)
		}
		var out bytes.Buffer
		if err := tmpl.Execute(&out, c); err != nil {
			t.Fatal(err)
		}
		name := strings.TrimSuffix(filepath.Base(path), ".tmpl")
		if err := os.WriteFile(filepath.Join(dir, name), out.Bytes(), 0o644); err != nil {
			t.Fatal(err)
		}
	}
}

// noReplace fails when the go.mod has a replace directive.
func noReplace(t *testing.T, path string) {
	t.Helper()
	data, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	f, err := modfile.Parse(path, data, nil)
	if err != nil {
		t.Fatal(err)
	}
	if len(f.Replace) != 0 {
		t.Errorf("the consumer's go.mod has replace directives: %v", f.Replace)
	}
}

// installCommand installs the command with go install PATH@VERSION, as
// the README tells users to, and runs its version command.
func installCommand(t *testing.T, u user, m modproxy.Module) {
	bin := t.TempDir()
	u = u.with("GOBIN", bin)
	u.must(t, t.TempDir(), "go", "install", m.Path+"@"+m.Version)
	out := u.must(t, t.TempDir(), filepath.Join(bin, "kubecontainer"), "version")
	t.Log(strings.TrimSpace(out))
	if !strings.Contains(out, m.Version) {
		t.Errorf("kubecontainer version printed %q, without the version %s it was installed at", out, m.Version)
	}
}

// zeroPseudoVersionFails shows what the install test guards against: a
// line whose go.mod requires the root at the zero pseudo-version (with the
// replace directive that makes it work inside the repository) cannot be
// fetched by a user.
func zeroPseudoVersionFails(t *testing.T, proxy string, mods []modproxy.Module) {
	var line modproxy.Module
	for _, m := range mods {
		if m.Path != modset.RootPath && isLine(m.Path) {
			line = m
			break
		}
	}
	if line.Path == "" {
		t.Skip("no kubelet line besides the root")
	}
	path := filepath.Join(line.Dir, "go.mod")
	data, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	f, err := modfile.Parse(path, data, nil)
	if err != nil {
		t.Fatal(err)
	}
	if err := f.AddRequire(modset.RootPath, zeroPseudoVersion); err != nil {
		t.Fatal(err)
	}
	if line.GoMod, err = f.Format(); err != nil {
		t.Fatal(err)
	}
	broken := t.TempDir()
	if err := modproxy.Write(broken, []modproxy.Module{line}, time.Now()); err != nil {
		t.Fatal(err)
	}
	u := newUser(t, broken, proxy)
	work := t.TempDir()
	u.must(t, work, "go", "mod", "init", "example.com/consumer")
	writeTemplates(t, work, consumer{Module: line.Path})
	// go get of the module alone passes: the go.mod of a pruned module's
	// requirement is read once a package needs it, so get the package.
	out, err := u.run(t, work, "go", "get", line.Path+"/container@"+line.Version)
	if err == nil {
		t.Fatalf("go get %s/container@%s succeeded with the root required at %s:\n%s", line.Path, line.Version, zeroPseudoVersion, out)
	}
	at := strings.Index(out, modset.RootPath+"@"+zeroPseudoVersion)
	if at < 0 {
		t.Fatalf("%v, without naming %s@%s:\n%s", err, modset.RootPath, zeroPseudoVersion, out)
	}
	first, _, _ := strings.Cut(out[at:], "\n")
	t.Logf("%v: ...%s", err, first)
}
