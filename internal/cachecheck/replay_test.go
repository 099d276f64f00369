package cachecheck

import (
	"encoding/json"
	"os"
	"path/filepath"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"go.uber.org/goleak"
	"k8s.io/apimachinery/pkg/types"

	"github.com/kubecontainer/kubecontainer/internal/statuscache"
)

// status stands for a line's PodStatus.
type status struct {
	ID   types.UID
	Name string
}

func newCache(eventedPLEG bool) Cache[status] {
	return statuscache.New(statuscache.Options{EventedPLEG: eventedPLEG}, func(id types.UID) *status { return &status{ID: id} })
}

// pausedCache hides the waiter count, as upstream's cache has none.
type pausedCache struct{ Cache[status] }

// recorded is a scenario as the generator writes it, on the v1.27 rules:
// a waiter on a pod released by a Set, one on an unknown pod released by
// the last UpdateTime, and a Get.
const recorded = `{"eventedPLEG":false,"steps":[
 {"op":"GetNewerThan","uid":"a","time":"2023-04-11T10:00:01Z","waiter":1},
 {"op":"Set","uid":"a","time":"2023-04-11T10:00:02Z","status":{"ID":"a","Name":"set"},"err":"failed","updated":true,
  "returned":[{"waiter":1,"status":{"ID":"a","Name":"set"},"err":"failed"}]},
 {"op":"GetNewerThan","uid":"b","time":"2023-04-11T10:00:00Z","waiter":2},
 {"op":"Get","uid":"a","got":{"status":{"ID":"a","Name":"set"},"err":"failed"}},
 {"op":"Delete","uid":"a"},
 {"op":"Get","uid":"a","got":{"status":{"ID":"a","Name":""},"err":null}},
 {"op":"UpdateTime","time":"2023-04-11T11:00:00Z","returned":[{"waiter":2,"status":{"ID":"b","Name":""},"err":null}]}]}`

func parse(t *testing.T, text string) Scenario {
	t.Helper()
	var s Scenario
	require.NoError(t, json.Unmarshal([]byte(text), &s))
	return s
}

func TestCheckMatches(t *testing.T) {
	defer goleak.VerifyNone(t)
	for _, c := range []Cache[status]{newCache(false), pausedCache{newCache(false)}} {
		assert.Empty(t, Check(parse(t, recorded), c, time.Minute))
	}
}

func TestCheckReportsDifferences(t *testing.T) {
	defer goleak.VerifyNone(t)
	tests := []struct {
		name     string
		scenario string
		want     []string
	}{
		{"Set's result", `{"steps":[{"op":"Set","uid":"a","time":"2023-04-11T10:00:02Z","status":null,"updated":false}]}`,
			[]string{"step 1 (Set): updated true, upstream's false"}},
		{"Get's result", `{"steps":[{"op":"Get","uid":"a","got":{"status":null,"err":null}}]}`,
			[]string{`step 1 (Get): returned ({"ID":"a","Name":""}, nil), upstream's (null, nil)`}},
		{"a waiter returns early", `{"steps":[
		  {"op":"UpdateTime","time":"2023-04-11T10:00:05Z"},
		  {"op":"GetNewerThan","uid":"a","time":"2023-04-11T10:00:01Z","waiter":1},
		  {"op":"UpdateTime","time":"2023-04-11T11:00:00Z","returned":[{"waiter":1,"status":{"ID":"a","Name":""},"err":null}]}]}`,
			[]string{"step 2 (GetNewerThan): waiter 1 (GetNewerThan(a, 2023-04-11T10:00:01Z), step 2) returned"}},
		{"a waiter stays", `{"steps":[
		  {"op":"GetNewerThan","uid":"a","time":"2023-04-11T10:00:01Z","waiter":1,"returned":[{"waiter":1,"status":{"ID":"a","Name":""},"err":null}]}]}`,
			[]string{"step 1 (GetNewerThan): waiter 1 (GetNewerThan(a, 2023-04-11T10:00:01Z), step 1) did not return within 50ms"}},
		{"unknown op", `{"steps":[{"op":"Reset","uid":"a"}]}`, []string{`step 1 (Reset): unknown op "Reset"`}},
		{"no time", `{"steps":[{"op":"UpdateTime"}]}`, []string{"step 1 (UpdateTime): no time"}},
		{"no SetObservedTime", `{"steps":[{"op":"SetObservedTime","uid":"a","time":"2023-04-11T10:00:01Z"}]}`,
			[]string{"the cache has no SetObservedTime"}},
		{"a waiter never started", `{"steps":[{"op":"UpdateTime","time":"2023-04-11T10:00:01Z","returned":[{"waiter":4,"status":null,"err":null}]}]}`,
			[]string{"waiter 4 was never started"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			c := pausedCache{newCache(false)}
			diffs := Check[status](parse(t, tt.scenario), c, 50*time.Millisecond)
			c.UpdateTime(time.Date(2030, 1, 1, 0, 0, 0, 0, time.UTC)) // release what is left
			require.Len(t, diffs, len(tt.want), "%q", diffs)
			for i, want := range tt.want {
				assert.Contains(t, diffs[i], want)
			}
		})
	}
}

func TestReplay(t *testing.T) {
	defer goleak.VerifyNone(t)
	path := filepath.Join(t.TempDir(), "cache.jsonl")
	var buf json.RawMessage
	require.NoError(t, json.Unmarshal([]byte(recorded), &buf))
	compact, err := json.Marshal(buf)
	require.NoError(t, err)
	require.NoError(t, os.WriteFile(path, append(compact, '\n'), 0o644))
	Replay(t, path, newCache)
}
