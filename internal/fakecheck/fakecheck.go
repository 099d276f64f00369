// Package fakecheck replays the scenarios of a fakes.jsonl, recorded on
// the kubelet's own test doubles by oracle/kubelet, on a line's fakes: it
// builds each fake by name, sets the recorded initial fields, calls each
// method by name with the recorded arguments and compares the results, the
// messages given to the fake's T and the final fields with the recording.
// It needs nothing of a line but a map from fake names to constructors;
// internal/fakecheck/fakescript is the format and the calling convention.
package fakecheck

import (
	"bufio"
	"bytes"
	"encoding/json"
	"fmt"
	"os"
	"reflect"
	"testing"
	"time"

	"github.com/kubecontainer/kubecontainer/internal/fakecheck/fakescript"
)

// CallTimeout is how long a replayed call may take before the replay
// fails it as hung.
const CallTimeout = 10 * time.Second

// Fakes tells the replay how to build a line's fakes.
type Fakes struct {
	// New builds the fake a scenario names, by name, with its fields at
	// their zero values: {"FakeRuntime": func() any { return &FakeRuntime{} }, ...}.
	New map[string]func() any
	// Over builds, by name, a fake made over another one that New builds:
	// {"FakeCache": func(runtime any) any { return NewFakeCache(runtime.(*FakeRuntime)) }, ...}.
	Over map[string]func(inner any) any
}

// Replay replays every scenario of the fakes.jsonl at path on the fakes
// and reports each difference from the recording as a test error naming
// path:line, the call and the method. It logs how many scenarios matched.
func Replay(t *testing.T, path string, fakes Fakes) {
	t.Helper()
	data, err := os.ReadFile(path)
	if err != nil {
		t.Fatalf("reading the fake scenarios: %v", err)
	}
	matched, total := 0, 0
	sc := bufio.NewScanner(bytes.NewReader(data))
	sc.Buffer(make([]byte, 0, 1<<20), 64<<20)
	for n := 1; sc.Scan(); n++ {
		total++
		where := fmt.Sprintf("%s:%d", path, n)
		var s fakescript.Scenario
		if err := json.Unmarshal(sc.Bytes(), &s); err != nil {
			t.Errorf("%s: %v", where, err)
			continue
		}
		diffs := Check(s, fakes)
		for _, d := range diffs {
			t.Errorf("%s: %s: %s", where, s.Fake, d)
		}
		if len(diffs) == 0 {
			matched++
		}
	}
	if err := sc.Err(); err != nil {
		t.Fatalf("reading %s: %v", path, err)
	}
	if total == 0 {
		t.Fatalf("%s holds no scenario", path)
	}
	t.Logf("%s: %d/%d scenarios match", path, matched, total)
}

// Check replays one scenario on the fakes and describes every difference
// from the recording; it stops at the first call that panics (or that
// upstream's panicked in).
func Check(s fakescript.Scenario, fakes Fakes) []string {
	fake, state, err := build(s, fakes)
	if err != nil {
		return []string{err.Error()}
	}
	rec := &fakescript.Recorder{}
	fakescript.Attach(state, rec)
	var diffs []string
	for i, want := range s.Calls {
		at := fmt.Sprintf("call %d (%s)", i+1, want.Method)
		got, err := fakescript.Run(fake, rec, want.Method, want.Args, CallTimeout)
		if err != nil {
			return append(diffs, fmt.Sprintf("%s: %v", at, err))
		}
		if (got.Panic != "") != (want.Panic != "") {
			return append(diffs, fmt.Sprintf("%s: panic %q, upstream's %q", at, got.Panic, want.Panic))
		}
		if got.Panic != "" {
			break
		}
		if d := diffJSON(mustJSON(want.Results), mustJSON(got.Results)); d != "" {
			diffs = append(diffs, fmt.Sprintf("%s: results %s", at, d))
		}
		if !reflect.DeepEqual(want.Errorf, got.Errorf) {
			diffs = append(diffs, fmt.Sprintf("%s: T.Errorf %q, upstream's %q", at, got.Errorf, want.Errorf))
		}
	}
	final, err := fakescript.Fields(state)
	if err != nil {
		return append(diffs, fmt.Sprintf("final state: %v", err))
	}
	if d := diffJSON(s.State, final); d != "" {
		diffs = append(diffs, "final state "+d)
	}
	return diffs
}

// build makes the scenario's fake with its initial fields; state is the
// fake whose fields the scenario records (the inner one of an Over fake).
func build(s fakescript.Scenario, fakes Fakes) (fake, state any, err error) {
	name := s.Fake
	if s.Over != "" {
		name = s.Over
	}
	newFake, ok := fakes.New[name]
	if !ok {
		return nil, nil, fmt.Errorf("the line has no fake %q", name)
	}
	state = newFake()
	if err := fakescript.SetFields(state, s.Init); err != nil {
		return nil, nil, err
	}
	if s.Over == "" {
		return state, state, nil
	}
	over, ok := fakes.Over[s.Fake]
	if !ok {
		return nil, nil, fmt.Errorf("the line has no fake %q built over %s", s.Fake, s.Over)
	}
	return over(state), state, nil
}

func mustJSON(v any) json.RawMessage {
	data, err := json.Marshal(v)
	if err != nil {
		return json.RawMessage(fmt.Sprintf("%q", err.Error()))
	}
	return data
}

// diffJSON compares two JSON texts as values (numbers exactly, object keys
// in any order) and returns "" when they are equal, else both texts.
func diffJSON(want, got json.RawMessage) string {
	w, werr := decodeValue(want)
	g, gerr := decodeValue(got)
	if werr == nil && gerr == nil && reflect.DeepEqual(w, g) {
		return ""
	}
	return fmt.Sprintf("differ:\n  upstream %s\n  line     %s", compact(want), compact(got))
}

func decodeValue(raw json.RawMessage) (any, error) {
	d := json.NewDecoder(bytes.NewReader(raw))
	d.UseNumber()
	var v any
	err := d.Decode(&v)
	return v, err
}

func compact(raw json.RawMessage) string {
	var b bytes.Buffer
	if err := json.Compact(&b, raw); err != nil {
		return string(raw)
	}
	return b.String()
}
