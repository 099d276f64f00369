package main

import (
	"bytes"
	"encoding/json"
	"fmt"
	"io"
	"reflect"
	"strings"
	"time"

	"github.com/kubecontainer/kubecontainer/internal/cachecheck"
	"github.com/kubecontainer/kubecontainer/internal/fakecheck"
	"github.com/kubecontainer/kubecontainer/internal/fakecheck/fakescript"
)

// fileInputs are the inputs of one file and their outputs with the
// default gates.
type fileInputs struct {
	spec   fileSpec
	inputs []line
	want   []line
}

// reportGates finds out which feature gates the minor's covered code
// reads: it computes every file with the gates at their defaults, then
// flips each gate of the registry in turn (those not locked to their
// default) and counts the lines, fake scenarios and cache probe steps
// whose outputs change. Gates that change nothing are not listed.
func reportGates(w io.Writer, seed int64, n int) error {
	var files []fileInputs
	for _, s := range specs() {
		if s.gates != nil {
			continue
		}
		inputs := s.generate(newGen(seed, s.name, n))
		want, err := outputs(s, inputs)
		if err != nil {
			return err
		}
		files = append(files, fileInputs{s, inputs, want})
	}
	fakes, _, err := generateFakes(newGen(seed, "fakes.jsonl", n))
	if err != nil {
		return err
	}
	probe, err := recordStable(cacheProbe(), nil)
	if err != nil {
		return err
	}
	defaults := gateValues(allGates())
	report(w, "%d gates can be flipped; those whose flip changes an output:", len(defaults))
	for _, gate := range allGates() {
		set := map[string]bool{gate: !defaults[gate]}
		changes, err := gateChanges(set, files, fakes, probe)
		if err != nil {
			// A gate is flipped along with the gates it depends on or
			// that depend on it.
			for dep, v := range dependencies(err, set) {
				set[dep] = v
			}
			changes, err = gateChanges(set, files, fakes, probe)
		}
		if err != nil {
			report(w, "  %s (default %v): cannot be flipped: %v", gate, defaults[gate], err)
			continue
		}
		if len(changes) > 0 {
			report(w, "  %v (defaults %v): %s", set, subset(defaults, set), strings.Join(changes, ", "))
		}
	}
	return nil
}

// gateChanges lists what changes with the gates of set.
func gateChanges(set map[string]bool, files []fileInputs, fakes []line, probe cachecheck.Scenario) ([]string, error) {
	var changes []string
	err := withGates(set, func() error {
		for _, f := range files {
			got, err := outputs(f.spec, f.inputs)
			if err != nil {
				return err
			}
			if d := countDiffs(f.want, got); d > 0 {
				changes = append(changes, fmt.Sprintf("%s %d/%d lines", f.spec.name, d, len(got)))
			}
		}
		if d := countFakeDiffs(fakes); d > 0 {
			changes = append(changes, fmt.Sprintf("fakes.jsonl %d/%d scenarios", d, len(fakes)))
		}
		return nil
	})
	if err != nil {
		return nil, err
	}
	got, err := recordStable(cacheProbe(), set)
	if err != nil {
		return nil, err
	}
	if !reflect.DeepEqual(probe.Steps, got.Steps) {
		changes = append(changes, "the status cache (probe script)")
	}
	return changes, nil
}

func subset(m, keys map[string]bool) map[string]bool {
	out := map[string]bool{}
	for k := range keys {
		out[k] = m[k]
	}
	return out
}

// outputs computes the output lines of inputs with the current gates.
func outputs(s fileSpec, inputs []line) ([]line, error) {
	out := make([]line, 0, len(inputs))
	for i, in := range inputs {
		o, err := s.compute(in.asMap())
		if err != nil {
			return nil, fmt.Errorf("%s:%d: %w", s.name, i+1, err)
		}
		out = append(out, o)
	}
	return out, nil
}

func countDiffs(want, got []line) int {
	d := 0
	for i := range want {
		if !bytes.Equal(want[i].encode(), got[i].encode()) {
			d++
		}
	}
	return d
}

// countFakeDiffs replays the scenarios on upstream's fakes with the
// current gates and counts those that come out differently.
func countFakeDiffs(lines []line) int {
	d := 0
	for _, l := range lines {
		var s fakescript.Scenario
		if json.Unmarshal(l.encode(), &s) != nil || len(fakecheck.Check(s, upstreamFakes())) > 0 {
			d++
		}
	}
	return d
}

// cacheProbe is a fixed script that meets every rule of the cache: an
// older Set after a newer one, waiters on a known and an unknown pod,
// UpdateTime, Delete.
func cacheProbe() []cachecheck.Step {
	at := func(s int) *time.Time { t := baseInstant.Add(time.Duration(s) * time.Second); return &t }
	status := func(name string) json.RawMessage {
		return json.RawMessage(fmt.Sprintf(`{"ID":"uid-1","Name":%q,"Namespace":"default"}`, name))
	}
	return []cachecheck.Step{
		{Op: "Set", UID: "uid-1", Time: at(2), Status: status("new")},
		{Op: "Set", UID: "uid-1", Time: at(1), Status: status("old")},
		{Op: "Get", UID: "uid-1"},
		{Op: "GetNewerThan", UID: "uid-2", Time: at(0), Waiter: 1},
		{Op: "GetNewerThan", UID: "uid-1", Time: at(3), Waiter: 2},
		{Op: "UpdateTime", Time: at(3)},
		{Op: "Delete", UID: "uid-1"},
		{Op: "GetNewerThan", UID: "uid-1", Time: at(2), Waiter: 3},
		{Op: "Get", UID: "uid-1"},
		{Op: "UpdateTime", Time: at(3600)},
	}
}
