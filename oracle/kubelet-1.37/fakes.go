package main

import (
	"encoding/json"
	"fmt"
)

// A fakeCall is one step of a scenario: a method of the fake, its
// arguments, and what upstream returned.
type fakeCall struct {
	Method string   `json:"method"`
	Args   fakeArgs `json:"args"`
	// Results are the returned values other than a trailing error, each as
	// encoding/json writes it (see the README for the few re-encoded ones).
	Results []json.RawMessage `json:"results"`
	// Error is the returned error's text; null when it is nil or the
	// method returns no error.
	Error *string `json:"error"`
	// Panic is the text of a panic the call raised (recovered), or "".
	Panic string `json:"panic,omitempty"`
}

// scenarioRecorder is the testing.TB given to FakeRuntime.T: it keeps
// every Errorf message.
type scenarioRecorder struct{ errs []string }

func (r *scenarioRecorder) Errorf(format string, args ...any) {
	r.errs = append(r.errs, fmt.Sprintf(format, args...))
}

func errPtr(err error) *string {
	if err == nil {
		return nil
	}
	s := err.Error()
	return &s
}

func textPtr(s string) *string { return &s }

// results encodes each value.
func results(vs ...any) []json.RawMessage {
	out := make([]json.RawMessage, 0, len(vs))
	for _, v := range vs {
		out = append(out, mustJSON(v))
	}
	return out
}

// protect runs fn and records a panic in c instead of crashing.
func protect(c *fakeCall, fn func()) {
	defer func() {
		if r := recover(); r != nil {
			c.Panic = fmt.Sprint(r)
		}
	}()
	fn()
}

// generateFakes writes the scenarios of fakes.jsonl.
func generateFakes(g *gen) ([]line, error) {
	var lines []line
	makers := []func() (line, error){
		g.runtimeScenario, g.runtimeScenario, g.runtimeScenario, g.runtimeScenario,
		g.helperScenario, g.versionScenario, g.osScenario, g.commandRunnerScenario,
		g.runtimeCacheScenario, g.cacheScenario, g.readyProviderScenario,
	}
	for i := 0; i < g.n/8; i++ {
		l, err := makers[i%len(makers)]()
		if err != nil {
			return nil, fmt.Errorf("fakes.jsonl:%d: %w", i+1, err)
		}
		lines = append(lines, l)
	}
	return lines, nil
}

// decodeInto round-trips v through JSON into a fresh value of the same
// type, so that the fake sees exactly what a replay decodes.
func decodeInto[T any](v T) (T, json.RawMessage, error) {
	raw, ok := stableJSON(v)
	var back T
	if !ok {
		return back, nil, fmt.Errorf("%T does not round-trip", v)
	}
	err := json.Unmarshal(raw, &back)
	return back, raw, err
}
