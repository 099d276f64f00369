package cachecheck

import (
	"bufio"
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"os"
	"reflect"
	"sort"
	"testing"
	"time"

	"k8s.io/apimachinery/pkg/types"
)

// Deadline is how long the replay waits for a waiter that upstream's
// cache released.
const Deadline = 10 * time.Second

// Cache is a line's status cache, S being its PodStatus.
type Cache[S any] interface {
	Get(types.UID) (*S, error)
	Set(types.UID, *S, error, time.Time) bool
	GetNewerThan(types.UID, time.Time) (*S, error)
	Delete(types.UID)
	UpdateTime(time.Time)
}

// observedTimeSetter is the method a cache has from v1.36.
type observedTimeSetter interface {
	SetObservedTime(types.UID, time.Time)
}

// waiterCounter is a method of the lines' caches (internal/statuscache):
// how many GetNewerThan calls are waiting. The replay uses it to know that
// a waiter has registered before it makes the next call.
type waiterCounter interface {
	Waiters() int
}

// pause is how long the replay lets a new waiter register on a cache that
// cannot count its waiters (upstream's, when the generator verifies a set).
const pause = 40 * time.Millisecond

// Replay replays every scenario of the cache.jsonl at path on caches that
// newCache makes with the scenario's EventedPLEG value, and reports each
// difference from the recording as a test error naming path:line and the
// step. It logs how many scenarios matched.
func Replay[S any](t *testing.T, path string, newCache func(eventedPLEG bool) Cache[S]) {
	t.Helper()
	data, err := os.ReadFile(path)
	if err != nil {
		t.Fatalf("reading the cache scenarios: %v", err)
	}
	matched, total := 0, 0
	sc := bufio.NewScanner(bytes.NewReader(data))
	sc.Buffer(make([]byte, 0, 1<<20), 64<<20)
	for n := 1; sc.Scan(); n++ {
		total++
		var s Scenario
		if err := json.Unmarshal(sc.Bytes(), &s); err != nil {
			t.Errorf("%s:%d: %v", path, n, err)
			continue
		}
		diffs := Check(s, newCache(s.EventedPLEG), Deadline)
		for _, d := range diffs {
			t.Errorf("%s:%d (EventedPLEG=%v): %s", path, n, s.EventedPLEG, d)
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

// waiter is one GetNewerThan running on its own goroutine.
type waiter struct {
	step int
	call string
	done chan Result
}

// Check replays one scenario on cache and describes every difference from
// the recording. A waiter that upstream released and that does not return
// within deadline ends the replay.
func Check[S any](s Scenario, cache Cache[S], deadline time.Duration) []string {
	var diffs []string
	waiters := map[int]*waiter{}
	early := map[int]bool{} // waiters already reported as returning early
	for i, step := range s.Steps {
		at := fmt.Sprintf("step %d (%s)", i+1, step.Op)
		if err := run(cache, step, i+1, waiters, &diffs, at); err != nil {
			return append(diffs, fmt.Sprintf("%s: %v", at, err))
		}
		if step.Op == "GetNewerThan" && !returns(step) {
			if err := registered(cache, waiters[step.Waiter], len(waiters), deadline); err != nil {
				return append(diffs, fmt.Sprintf("%s: waiter %d: %v", at, step.Waiter, err))
			}
		}
		for _, r := range step.Returned {
			w, ok := waiters[r.Waiter]
			if !ok && early[r.Waiter] {
				continue
			}
			if !ok {
				return append(diffs, fmt.Sprintf("%s: waiter %d was never started", at, r.Waiter))
			}
			timer := time.NewTimer(deadline)
			select {
			case got := <-w.done:
				timer.Stop()
				if d := diffResult(r.Result, got); d != "" {
					diffs = append(diffs, fmt.Sprintf("%s: waiter %d (%s) returned %s", at, r.Waiter, w.call, d))
				}
			case <-timer.C:
				return append(diffs, fmt.Sprintf("%s: waiter %d (%s, step %d) did not return within %v; upstream's returned",
					at, r.Waiter, w.call, w.step, deadline))
			}
			delete(waiters, r.Waiter)
		}
		diffs = append(diffs, returnedEarly(waiters, early, at)...)
	}
	numbers := make([]int, 0, len(waiters))
	for n := range waiters {
		numbers = append(numbers, n)
	}
	sort.Ints(numbers)
	for _, n := range numbers {
		diffs = append(diffs, fmt.Sprintf("waiter %d (%s, step %d) is still waiting after the last step", n, waiters[n].call, waiters[n].step))
	}
	return diffs
}

// returns reports whether a GetNewerThan step's own waiter returned at
// once.
func returns(step Step) bool {
	for _, r := range step.Returned {
		if r.Waiter == step.Waiter {
			return true
		}
	}
	return false
}

// registered waits until the new waiter w is registered with the cache,
// that is until the cache counts want waiting calls, or until w returns
// (which the checks that follow report). A cache that cannot count its
// waiters gets a pause instead.
func registered[S any](cache Cache[S], w *waiter, want int, deadline time.Duration) error {
	counter, ok := cache.(waiterCounter)
	if !ok {
		time.Sleep(pause)
		return nil
	}
	end := time.Now().Add(deadline)
	for counter.Waiters() < want {
		if len(w.done) > 0 {
			return nil
		}
		if time.Now().After(end) {
			return fmt.Errorf("%s neither registered nor returned within %v (%d of %d waiting)", w.call, deadline, counter.Waiters(), want)
		}
		time.Sleep(time.Millisecond)
	}
	return nil
}

// returnedEarly reports the waiters that have returned although
// upstream's were still waiting, and moves them from waiters to early.
func returnedEarly(waiters map[int]*waiter, early map[int]bool, at string) []string {
	var diffs []string
	for n, w := range waiters {
		select {
		case got := <-w.done:
			diffs = append(diffs, fmt.Sprintf("%s: waiter %d (%s, step %d) returned %s; upstream's was still waiting",
				at, n, w.call, w.step, show(got)))
			delete(waiters, n)
			early[n] = true
		default:
		}
	}
	sort.Strings(diffs)
	return diffs
}

// timedOps are the ops a step may have, and whether each takes a time.
var timedOps = map[string]bool{
	"Set": true, "Get": false, "GetNewerThan": true, "UpdateTime": true, "Delete": false, "SetObservedTime": true,
}

// run makes the call of one step; differences in what Set and Get return
// are added to diffs, a step that cannot be made is an error.
func run[S any](cache Cache[S], step Step, index int, waiters map[int]*waiter, diffs *[]string, at string) error {
	uid := types.UID(step.UID)
	needTime, known := timedOps[step.Op]
	if !known {
		return fmt.Errorf("unknown op %q", step.Op)
	}
	if needTime && step.Time == nil {
		return errors.New("no time")
	}
	switch step.Op {
	case "Set":
		status, err := decodeStatus[S](step.Status)
		if err != nil {
			return err
		}
		var setErr error
		if step.Err != nil {
			setErr = errors.New(*step.Err)
		}
		updated := cache.Set(uid, status, setErr, *step.Time)
		if step.Updated == nil || updated != *step.Updated {
			*diffs = append(*diffs, fmt.Sprintf("%s: updated %v, upstream's %s", at, updated, showBool(step.Updated)))
		}
	case "Get":
		if step.Got == nil {
			return errors.New("no recorded result")
		}
		if d := diffResult(*step.Got, result(cache.Get(uid))); d != "" {
			*diffs = append(*diffs, fmt.Sprintf("%s: returned %s", at, d))
		}
	case "GetNewerThan":
		if _, dup := waiters[step.Waiter]; dup || step.Waiter <= 0 {
			return fmt.Errorf("waiter number %d is not new", step.Waiter)
		}
		w := &waiter{step: index, call: fmt.Sprintf("GetNewerThan(%s, %s)", step.UID, step.Time.Format(time.RFC3339Nano)), done: make(chan Result, 1)}
		waiters[step.Waiter] = w
		minTime := *step.Time
		go func() { w.done <- result(cache.GetNewerThan(uid, minTime)) }()
	case "UpdateTime":
		cache.UpdateTime(*step.Time)
	case "Delete":
		cache.Delete(uid)
	case "SetObservedTime":
		setter, ok := cache.(observedTimeSetter)
		if !ok {
			return errors.New("the cache has no SetObservedTime")
		}
		setter.SetObservedTime(uid, *step.Time)
	}
	return nil
}

func decodeStatus[S any](raw json.RawMessage) (*S, error) {
	var status *S
	if len(raw) == 0 {
		return nil, errors.New("no status")
	}
	if err := json.Unmarshal(raw, &status); err != nil {
		return nil, fmt.Errorf("status: %w", err)
	}
	return status, nil
}

// result encodes what the cache handed out.
func result[S any](status *S, err error) Result {
	r := Result{Status: json.RawMessage("null")}
	if status != nil {
		data, merr := json.Marshal(status)
		if merr != nil {
			data, _ = json.Marshal("encoding the status: " + merr.Error())
		}
		r.Status = data
	}
	if err != nil {
		text := err.Error()
		r.Err = &text
	}
	return r
}

// diffResult returns "" when got equals want (the status compared as JSON
// values), else both.
func diffResult(want, got Result) string {
	if sameJSON(want.Status, got.Status) && reflect.DeepEqual(want.Err, got.Err) {
		return ""
	}
	return fmt.Sprintf("%s, upstream's %s", show(got), show(want))
}

func sameJSON(a, b json.RawMessage) bool {
	var x, y any
	if json.Unmarshal(a, &x) != nil || json.Unmarshal(b, &y) != nil {
		return false
	}
	return reflect.DeepEqual(x, y)
}

func show(r Result) string {
	err := "nil"
	if r.Err != nil {
		err = fmt.Sprintf("%q", *r.Err)
	}
	return fmt.Sprintf("(%s, %s)", r.Status, err)
}

func showBool(b *bool) string {
	if b == nil {
		return "nothing"
	}
	return fmt.Sprint(*b)
}
