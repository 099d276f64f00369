package main

import (
	"encoding/json"
	"fmt"
	"reflect"
	"sort"
	"strings"
	"time"

	"github.com/kubecontainer/kubecontainer/internal/fakecheck"
	"github.com/kubecontainer/kubecontainer/internal/fakecheck/fakescript"
	ktesting "k8s.io/kubernetes/pkg/kubelet/container/testing"
)

// callTimeout is how long a scripted call on upstream's fake may take; a
// call that blocks longer stops the generator.
const callTimeout = 5 * time.Second

// upstreamFakes builds upstream's fakes by name, as a line's replay builds
// its own.
func upstreamFakes() fakecheck.Fakes {
	fakes := fakecheck.Fakes{
		New: map[string]func() any{
			"FakeRuntime": func() any { return &ktesting.FakeRuntime{} },
			"FakeStreamingRuntime": func() any {
				return &ktesting.FakeStreamingRuntime{FakeRuntime: &ktesting.FakeRuntime{}}
			},
			"FakeRuntimeHelper":          func() any { return &ktesting.FakeRuntimeHelper{} },
			"FakeVersion":                func() any { return &ktesting.FakeVersion{} },
			"FakeOS":                     func() any { return &ktesting.FakeOS{} },
			"FakeContainerCommandRunner": func() any { return &ktesting.FakeContainerCommandRunner{} },
		},
		Over: map[string]func(any) any{
			"FakeRuntimeCache": func(rt any) any { return ktesting.NewFakeRuntimeCache(rt.(*ktesting.FakeRuntime)) },
			"FakeCache":        func(rt any) any { return ktesting.NewFakeCache(rt.(*ktesting.FakeRuntime)) },
		},
	}
	addMinorFakes(fakes.New)
	return fakes
}

// scriptedFake is one kind of scenario: a fake, and the fake it is built
// over.
type scriptedFake struct{ name, over string }

// scriptedFakes lists the scenarios in the order they cycle: FakeRuntime
// most often, every other fake of the minor once.
func scriptedFakes(fakes fakecheck.Fakes) []scriptedFake {
	var names []string
	for name := range fakes.New {
		names = append(names, name)
	}
	sort.Strings(names)
	out := []scriptedFake{{"FakeRuntime", ""}, {"FakeRuntime", ""}, {"FakeRuntime", ""}}
	for _, name := range names {
		out = append(out, scriptedFake{name, ""})
	}
	return append(out, scriptedFake{"FakeRuntimeCache", "FakeRuntime"}, scriptedFake{"FakeCache", "FakeRuntime"})
}

// generateFakes scripts the scenarios of fakes.jsonl on upstream's fakes
// and counts the calls of each method. Scripts prefer the methods not yet
// called, so that every method is; a method never called is an error.
func generateFakes(g *gen) ([]line, map[string]map[string]int, error) {
	fakes := upstreamFakes()
	kinds := scriptedFakes(fakes)
	calls := map[string]map[string]int{}
	var lines []line
	for i := 0; i < g.n/8; i++ {
		kind := kinds[i%len(kinds)]
		if calls[kind.name] == nil {
			calls[kind.name] = map[string]int{}
		}
		s, err := g.script(fakes, kind, calls[kind.name])
		if err != nil {
			return nil, nil, fmt.Errorf("fakes.jsonl:%d: %s: %w", i+1, kind.name, err)
		}
		l := line{}.add("fake", s.Fake)
		if s.Over != "" {
			l = l.add("over", s.Over)
		}
		lines = append(lines, l.addRaw("init", s.Init).add("calls", s.Calls).addRaw("state", s.State))
	}
	for _, kind := range kinds {
		fake, _, err := buildFake(fakes, kind)
		if err != nil {
			return nil, nil, err
		}
		for _, method := range fakescript.Methods(fake) {
			if calls[kind.name][method] == 0 {
				return nil, nil, fmt.Errorf("fakes.jsonl: %s.%s is never called; raise -n", kind.name, method)
			}
		}
	}
	return lines, calls, nil
}

// buildFake makes a fresh fake of kind; state is the one whose fields a
// scenario records.
func buildFake(fakes fakecheck.Fakes, kind scriptedFake) (fake, state any, err error) {
	if kind.over == "" {
		f := fakes.New[kind.name]()
		return f, f, nil
	}
	inner := fakes.New[kind.over]()
	over, ok := fakes.Over[kind.name]
	if !ok {
		return nil, nil, fmt.Errorf("no fake %s over %s", kind.name, kind.over)
	}
	return over(inner), inner, nil
}

// script records one scenario: initial fields, then random calls, half of
// them of a method that called does not count yet, stopping at the first
// panic.
func (g *gen) script(fakes fakecheck.Fakes, kind scriptedFake, called map[string]int) (fakescript.Scenario, error) {
	s := fakescript.Scenario{Fake: kind.name, Over: kind.over}
	fake, state, err := buildFake(fakes, kind)
	if err != nil {
		return s, err
	}
	initName := kind.name
	if kind.over != "" {
		initName = kind.over
	}
	if s.Init, err = g.initFields(initName, state); err != nil {
		return s, err
	}
	rec := &fakescript.Recorder{}
	fakescript.Attach(state, rec)
	methods := fakescript.Methods(fake)
	for i, n := 0, 2+g.intn(10); i < n; i++ {
		method := pick(g, methods...)
		var uncalled []string
		for _, m := range methods {
			if called[m] == 0 {
				uncalled = append(uncalled, m)
			}
		}
		if len(uncalled) > 0 && g.chance(0.5) {
			method = pick(g, uncalled...)
		}
		args, err := g.fakeArgs(fake, state, method)
		if err != nil {
			return s, err
		}
		call, err := fakescript.Run(fake, rec, method, args, callTimeout)
		if err != nil {
			return s, err
		}
		s.Calls = append(s.Calls, call)
		called[method]++
		if call.Panic != "" {
			break
		}
	}
	s.State, err = fakescript.Fields(state)
	return s, err
}

// initFields sets the fake's initial fields from its recipe, plus, now
// and then, a random value for a field the recipe leaves out, and returns
// the fields set as the fake holds them.
func (g *gen) initFields(name string, fake any) (json.RawMessage, error) {
	all, err := fakescript.Fields(fake)
	if err != nil {
		return nil, err
	}
	var present map[string]json.RawMessage
	if err := json.Unmarshal(all, &present); err != nil {
		return nil, err
	}
	recipe := g.initRecipe(name)
	chosen := object{}
	for _, field := range sortedKeys(present) {
		if value, ok := recipe[field]; ok {
			chosen[field] = value
		} else if t := fieldType(fake, field); !neverFilled[field] && !fromAPI(t) && g.chance(0.15) {
			if chosen[field], err = fakescript.Encode(g.argument(t, "", nil), t); err != nil {
				return nil, fmt.Errorf("field %s: %w", field, err)
			}
		}
	}
	raw, err := json.Marshal(chosen)
	if err != nil {
		return nil, err
	}
	if err := fakescript.SetFields(fake, raw); err != nil {
		return nil, err
	}
	set, err := fakescript.Fields(fake)
	if err != nil {
		return nil, err
	}
	var values map[string]json.RawMessage
	if err := json.Unmarshal(set, &values); err != nil {
		return nil, err
	}
	out := line{}
	for _, field := range sortedKeys(chosen) {
		out = out.addRaw(field, values[field])
	}
	return json.RawMessage(out.encode()), nil
}

// neverFilled are fields the generator leaves at their zero values:
// BlockImagePulls would hold every pull until a token came.
var neverFilled = map[string]bool{"BlockImagePulls": true}

// fromAPI reports whether t is, or holds, a type of k8s.io/api, whose JSON
// differs between the k8s.io/api versions a line is tested with (an
// `omitempty` dropped in v0.37 turns {} into {"ip":""}): a field of such a
// type that the fake's methods do not read (APIPodStatus) is not filled,
// so that its state compares equal whatever the line's k8s.io/api.
func fromAPI(t reflect.Type) bool {
	for {
		switch t.Kind() {
		case reflect.Pointer, reflect.Slice, reflect.Array, reflect.Map:
			t = t.Elem()
			continue
		}
		return strings.HasPrefix(t.PkgPath(), "k8s.io/api/")
	}
}

// fieldType is the type of the exported field name of the fake.
func fieldType(fake any, name string) reflect.Type {
	return reflect.ValueOf(fake).Elem().FieldByName(name).Type()
}

func sortedKeys[V any](o map[string]V) []string {
	keys := make([]string, 0, len(o))
	for k := range o {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	return keys
}

// checkFakeScenario replays one stored scenario on upstream's fakes.
func checkFakeScenario(raw []byte) []string {
	var s fakescript.Scenario
	if err := json.Unmarshal(raw, &s); err != nil {
		return []string{err.Error()}
	}
	return fakecheck.Check(s, upstreamFakes())
}
