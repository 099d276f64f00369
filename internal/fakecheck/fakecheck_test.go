package fakecheck

import (
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/kubecontainer/kubecontainer/internal/fakecheck/fakescript"
)

type errorfer interface{ Errorf(string, ...any) }

// counter is a small fake: a count, an error and a T.
type counter struct {
	Count int
	Err   error
	T     errorfer
}

func (c *counter) Add(n int) (int, error) {
	c.Count += n
	return c.Count, c.Err
}

func (c *counter) Expect(n int) bool {
	if c.Count != n {
		c.T.Errorf("count %d, want %d", c.Count, n)
		return false
	}
	return true
}

func (c *counter) Crash() { panic("crash") }

// wrapper is a fake built over a counter.
type wrapper struct{ c *counter }

func (w *wrapper) Twice() (int, error) { return w.c.Add(2) }

func fakes() Fakes {
	return Fakes{
		New:  map[string]func() any{"Counter": func() any { return &counter{} }},
		Over: map[string]func(any) any{"Wrapper": func(c any) any { return &wrapper{c.(*counter)} }},
	}
}

func scenario(t *testing.T, text string) fakescript.Scenario {
	t.Helper()
	var s fakescript.Scenario
	require.NoError(t, json.Unmarshal([]byte(text), &s))
	return s
}

func TestCheck(t *testing.T) {
	tests := []struct {
		name     string
		scenario string
		diffs    []string // substrings, one per expected difference
	}{
		{"match", `{"fake":"Counter","init":{"Count":1},"calls":[{"method":"Add","args":[2],"results":[3,null]}],"state":{"Count":3,"Err":null}}`, nil},
		{"error text", `{"fake":"Counter","init":{"Err":"full"},"calls":[{"method":"Add","args":[1],"results":[1,"full"]}],"state":{"Count":1,"Err":"full"}}`, nil},
		{"results differ", `{"fake":"Counter","init":null,"calls":[{"method":"Add","args":[2],"results":[5,null]}],"state":{"Count":2,"Err":null}}`,
			[]string{"call 1 (Add): results differ"}},
		{"state differs", `{"fake":"Counter","init":null,"calls":[],"state":{"Count":9,"Err":null}}`, []string{"final state differ"}},
		{"errorf", `{"fake":"Counter","init":null,"calls":[{"method":"Expect","args":[1],"results":[false],"errorf":["count 0, want 1"]}],"state":{"Count":0,"Err":null}}`, nil},
		{"errorf differs", `{"fake":"Counter","init":null,"calls":[{"method":"Expect","args":[1],"results":[false],"errorf":["other"]}],"state":{"Count":0,"Err":null}}`,
			[]string{"call 1 (Expect): T.Errorf"}},
		{"panic", `{"fake":"Counter","init":null,"calls":[{"method":"Crash","args":[],"results":null,"panic":"crash"}],"state":{"Count":0,"Err":null}}`, nil},
		{"missing panic", `{"fake":"Counter","init":null,"calls":[{"method":"Add","args":[1],"results":null,"panic":"x"}],"state":{"Count":1,"Err":null}}`,
			[]string{`call 1 (Add): panic "", upstream's "x"`}},
		{"over", `{"fake":"Wrapper","over":"Counter","init":{"Count":1},"calls":[{"method":"Twice","args":[],"results":[3,null]}],"state":{"Count":3,"Err":null}}`, nil},
		{"unknown fake", `{"fake":"Gauge","init":null,"calls":[],"state":null}`, []string{`no fake "Gauge"`}},
		{"unknown over", `{"fake":"Box","over":"Counter","init":null,"calls":[],"state":null}`, []string{`no fake "Box" built over Counter`}},
		{"bad init", `{"fake":"Counter","init":{"Size":1},"calls":[],"state":null}`, []string{"has no field Size"}},
		{"bad call", `{"fake":"Counter","init":null,"calls":[{"method":"Add","args":["x"],"results":[]}],"state":null}`, []string{"call 1 (Add): Add: argument 1"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			diffs := Check(scenario(t, tt.scenario), fakes())
			require.Len(t, diffs, len(tt.diffs), "%q", diffs)
			for i, want := range tt.diffs {
				assert.Contains(t, diffs[i], want)
			}
		})
	}
}

func TestReplay(t *testing.T) {
	path := filepath.Join(t.TempDir(), "fakes.jsonl")
	lines := []string{
		`{"fake":"Counter","init":{"Count":1},"calls":[{"method":"Add","args":[2],"results":[3,null]}],"state":{"Count":3,"Err":null}}`,
		`{"fake":"Wrapper","over":"Counter","init":null,"calls":[{"method":"Twice","args":[],"results":[2,null]}],"state":{"Count":2,"Err":null}}`,
	}
	require.NoError(t, os.WriteFile(path, []byte(strings.Join(lines, "\n")+"\n"), 0o644))
	Replay(t, path, fakes())
}

func TestDiffJSON(t *testing.T) {
	assert.Empty(t, diffJSON(json.RawMessage(`{"a":1,"b":[2]}`), json.RawMessage(`{"b":[2],"a":1}`)))
	assert.NotEmpty(t, diffJSON(json.RawMessage(`{"a":1}`), json.RawMessage(`{"a":1.0000000000000001}`)), "numbers compare exactly")
	assert.NotEmpty(t, diffJSON(json.RawMessage(`[`), json.RawMessage(`[`)))
	assert.Equal(t, json.RawMessage(`"json: unsupported type: func()"`), mustJSON(func() {}))
}
