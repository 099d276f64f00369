package main

import (
	"encoding/json"
	"errors"
	"fmt"
	"reflect"
	"sort"
	"time"

	"k8s.io/apimachinery/pkg/types"
	kc "k8s.io/kubernetes/pkg/kubelet/container"

	"github.com/kubecontainer/kubecontainer/internal/cachecheck"
)

// The scenarios of cache.jsonl run on upstream's own status cache,
// kc.NewCache(), which reads the EventedPLEG feature gate on every call.
// Each script is recorded twice, with the gate off and on.

// settle is how long the recorder lets waiters run after a step before it
// takes the ones that returned as released by that step. Upstream hands a
// released waiter its result before the step returns, so the waiter only
// has to be scheduled; a scenario is recorded until two recordings agree.
const settle = 50 * time.Millisecond

// cacheGate is the feature gate the status cache reads.
const cacheGate = "EventedPLEG"

// generateCache records the scenarios of cache.jsonl: n/50 scripts, each
// under both values of the gate.
func generateCache(g *gen) ([]line, error) {
	var lines []line
	for i := 0; i < g.n/50; i++ {
		script := g.cacheScript()
		for _, evented := range []bool{false, true} {
			s, err := recordStable(script, map[string]bool{cacheGate: evented})
			if err != nil {
				return nil, fmt.Errorf("cache.jsonl:%d: %w", len(lines)+1, err)
			}
			lines = append(lines, line{}.add("eventedPLEG", evented).add("steps", s.Steps))
		}
	}
	return lines, nil
}

// cacheScript is a random list of steps (their calls, not yet their
// results), ending with an UpdateTime that releases every waiter.
func (g *gen) cacheScript() []cachecheck.Step {
	ops := []string{"Set", "Set", "Get", "GetNewerThan", "GetNewerThan", "UpdateTime", "Delete"}
	if hasObservedTime() {
		ops = append(ops, "SetObservedTime")
	}
	var steps []cachecheck.Step
	waiters := 0
	for i, n := 0, 3+g.intn(10); i < n; i++ {
		step := cachecheck.Step{Op: pick(g, ops...), UID: pick(g, "uid-1", "uid-2", "uid-3")}
		t := g.instant(5, time.Second)
		switch step.Op {
		case "Set":
			step.Time = &t
			step.Status = json.RawMessage("null")
			if !g.chance(0.1) {
				step.Status = mustJSON(&kc.PodStatus{ID: types.UID(step.UID), Name: fmt.Sprintf("set-%d", i+1), Namespace: "default"})
			}
			step.Err = g.optText(0.2, "inspect failed")
		case "GetNewerThan":
			waiters++
			step.Waiter = waiters
			step.Time = &t
		case "UpdateTime":
			step.UID = ""
			step.Time = &t
		case "SetObservedTime":
			step.Time = &t
		}
		steps = append(steps, step)
	}
	last := baseInstant.Add(time.Hour)
	return append(steps, cachecheck.Step{Op: "UpdateTime", Time: &last})
}

// hasObservedTime reports whether the minor's cache has SetObservedTime
// (from v1.36).
func hasObservedTime() bool {
	_, ok := reflect.TypeOf(kc.NewCache()).MethodByName("SetObservedTime")
	return ok
}

// recordStable records the script with the gates until two recordings in
// a row agree, which a waiter scheduled late on a busy machine can
// prevent once or twice.
func recordStable(script []cachecheck.Step, gates map[string]bool) (cachecheck.Scenario, error) {
	s, err := recordCacheWith(script, gates)
	for i := 0; err == nil && i < 5; i++ {
		again, err := recordCacheWith(script, gates)
		if err != nil {
			return s, err
		}
		if reflect.DeepEqual(s, again) {
			return s, nil
		}
		s = again
	}
	if err != nil {
		return s, err
	}
	return s, errors.New("no two recordings in a row agree; raise settle")
}

// recordCacheWith runs the script on a new upstream cache with the gates
// set (nil: the defaults) and returns it with the results.
func recordCacheWith(script []cachecheck.Step, gates map[string]bool) (cachecheck.Scenario, error) {
	var s cachecheck.Scenario
	err := withGates(gates, func() error {
		cache := kc.NewCache()
		returned := make(chan cachecheck.Returned, len(script))
		pending := 0
		for _, step := range script {
			step.Returned = nil
			uid := types.UID(step.UID)
			switch step.Op {
			case "Set":
				var status *kc.PodStatus
				if err := json.Unmarshal(step.Status, &status); err != nil {
					return err
				}
				var setErr error
				if step.Err != nil {
					setErr = errors.New(*step.Err)
				}
				updated := cache.Set(uid, status, setErr, *step.Time)
				step.Updated = &updated
			case "Get":
				r := cacheResult(cache.Get(uid))
				step.Got = &r
			case "GetNewerThan":
				pending++
				n, t := step.Waiter, *step.Time
				go func() { returned <- cachecheck.Returned{Waiter: n, Result: cacheResult(cache.GetNewerThan(uid, t))} }()
			case "UpdateTime":
				cache.UpdateTime(*step.Time)
			case "Delete":
				cache.Delete(uid)
			case "SetObservedTime":
				reflect.ValueOf(cache).MethodByName("SetObservedTime").Call([]reflect.Value{reflect.ValueOf(uid), reflect.ValueOf(*step.Time)})
			}
			if pending > 0 {
				step.Returned = collect(returned)
				pending -= len(step.Returned)
			}
			s.Steps = append(s.Steps, step)
		}
		if pending > 0 {
			return fmt.Errorf("%d waiters still blocked after the last UpdateTime", pending)
		}
		return nil
	})
	return s, err
}

// collect waits settle and returns the waiters that returned meanwhile,
// in increasing order.
func collect(returned chan cachecheck.Returned) []cachecheck.Returned {
	time.Sleep(settle)
	var out []cachecheck.Returned
	for {
		select {
		case r := <-returned:
			out = append(out, r)
		default:
			sort.Slice(out, func(i, j int) bool { return out[i].Waiter < out[j].Waiter })
			return out
		}
	}
}

func cacheResult(status *kc.PodStatus, err error) cachecheck.Result {
	r := cachecheck.Result{Status: mustJSON(status)}
	if err != nil {
		text := err.Error()
		r.Err = &text
	}
	return r
}

// checkCacheScenario replays one stored scenario on upstream's cache.
func checkCacheScenario(raw []byte) []string {
	var s cachecheck.Scenario
	if err := json.Unmarshal(raw, &s); err != nil {
		return []string{err.Error()}
	}
	var diffs []string
	err := withGates(map[string]bool{cacheGate: s.EventedPLEG}, func() error {
		diffs = cachecheck.Check[kc.PodStatus](s, kc.NewCache(), cachecheck.Deadline)
		return nil
	})
	if err != nil {
		return []string{err.Error()}
	}
	return diffs
}
