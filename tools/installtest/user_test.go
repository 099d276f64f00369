package installtest

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
	"time"
)

// commandTimeout bounds every go command the test runs.
const commandTimeout = 10 * time.Minute

// user runs go commands as a user of the unpublished modules would: the
// file-system proxies first, then the machine's module download cache
// served as a proxy (to save downloads), then the configured proxy; the
// project's modules left out of the checksum database; a module cache of
// its own, so that no copy of a project module from an earlier run is read.
type user struct {
	env []string
}

// newUser makes a user served by the proxies (folders, in order).
func newUser(t *testing.T, proxies ...string) user {
	t.Helper()
	goEnv := goEnv(t, "GOMODCACHE", "GOPROXY", "GOFLAGS")
	var urls []string
	for _, dir := range proxies {
		urls = append(urls, fileURL(dir))
	}
	urls = append(urls, fileURL(filepath.Join(goEnv["GOMODCACHE"], "cache", "download")), goEnv["GOPROXY"])
	set := map[string]string{
		"GOPROXY":    strings.Join(urls, ","),
		"GONOSUMDB":  "github.com/kubecontainer/kubecontainer",
		"GOMODCACHE": filepath.Join(t.TempDir(), "modcache"),
		// -modcacherw lets the test remove its module cache.
		"GOFLAGS":     strings.TrimSpace(goEnv["GOFLAGS"] + " -modcacherw"),
		"GOWORK":      "off",
		"GOTOOLCHAIN": "local",
	}
	var env []string
	for _, kv := range os.Environ() {
		key, _, _ := strings.Cut(kv, "=")
		if _, ok := set[key]; !ok && key != "GOPRIVATE" && key != "GONOPROXY" && key != "GOBIN" {
			env = append(env, kv)
		}
	}
	for key, value := range set {
		env = append(env, key+"="+value)
	}
	return user{env: env}
}

// with returns the user with one more variable set.
func (u user) with(key, value string) user {
	return user{env: append(append([]string(nil), u.env...), key+"="+value)}
}

// fileURL is the file:// URL of a folder.
func fileURL(dir string) string {
	abs, err := filepath.Abs(dir)
	if err != nil {
		abs = dir
	}
	return "file://" + filepath.ToSlash(abs)
}

// goEnv reads variables of the developer's go environment.
func goEnv(t *testing.T, keys ...string) map[string]string {
	t.Helper()
	out, err := exec.Command("go", append([]string{"env"}, keys...)...).Output()
	if err != nil {
		t.Fatalf("go env: %v", err)
	}
	values := strings.Split(strings.TrimRight(string(out), "\n"), "\n")
	if len(values) != len(keys) {
		t.Fatalf("go env %v printed %q", keys, out)
	}
	env := map[string]string{}
	for i, key := range keys {
		env[key] = values[i]
	}
	return env
}

// run runs a command in dir within commandTimeout (or the test's deadline,
// if sooner) and returns its combined output.
func (u user) run(t *testing.T, dir string, name string, args ...string) (string, error) {
	t.Helper()
	ctx, cancel := context.WithTimeout(context.Background(), commandTimeout)
	defer cancel()
	if deadline, ok := t.Deadline(); ok {
		var cancelTest context.CancelFunc
		ctx, cancelTest = context.WithDeadline(ctx, deadline.Add(-30*time.Second))
		defer cancelTest()
	}
	cmd := exec.CommandContext(ctx, name, args...)
	cmd.Dir = dir
	cmd.Env = u.env
	var out bytes.Buffer
	cmd.Stdout = &out
	cmd.Stderr = &out
	err := cmd.Run()
	line := strings.Join(append([]string{filepath.Base(name)}, args...), " ")
	if errors.Is(ctx.Err(), context.DeadlineExceeded) {
		return out.String(), fmt.Errorf("%s did not finish before its deadline (%v, or the test's)", line, commandTimeout)
	}
	if err != nil {
		return out.String(), fmt.Errorf("%s: %w", line, err)
	}
	return out.String(), nil
}

// must runs a command and fails the test with its output if it fails.
func (u user) must(t *testing.T, dir string, name string, args ...string) string {
	t.Helper()
	out, err := u.run(t, dir, name, args...)
	if err != nil {
		t.Fatalf("%v\n%s", err, out)
	}
	return out
}
