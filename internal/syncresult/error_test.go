package syncresult

import (
	"errors"
	"testing"

	"github.com/stretchr/testify/assert"
)

type result struct {
	action  string
	target  interface{}
	err     error
	message string
}

func stepOf(r *result) Step {
	return Step{Action: r.action, Target: r.target, Err: r.err, Message: r.message}
}

func TestErrorText(t *testing.T) {
	errA, errB := errors.New("A"), errors.New("B")
	tests := []struct {
		name      string
		syncError error
		results   []*result
		want      string // "" for a nil error
	}{
		{name: "nothing"},
		{name: "only successes", results: []*result{{action: "StartContainer", target: "c"}}},
		{name: "sync error", syncError: errA, want: "failed to SyncPod: A"},
		{name: "one step", results: []*result{{action: "KillContainer", target: "c", err: errB, message: "m"}},
			want: `failed to "KillContainer" for "c" with B: "m"`},
		{name: "targets as %q", results: []*result{
			{action: "X", target: nil, err: errA},
			{action: "X", target: 65, err: errA},
		}, want: `[failed to "X" for %!q(<nil>) with A: "", failed to "X" for 'A' with A: ""]`},
		{name: "duplicates removed", syncError: errA, results: []*result{
			{action: "X", target: "t", err: errB, message: "m"},
			{action: "X", target: "t", err: errB, message: "m"},
		}, want: `[failed to SyncPod: A, failed to "X" for "t" with B: "m"]`},
		{name: "one distinct text", results: []*result{
			{action: "X", target: "t", err: errB},
			{action: "X", target: "t", err: errB},
		}, want: `failed to "X" for "t" with B: ""`},
	}
	for _, tc := range tests {
		for _, mode := range []Mode{Describe, Wrap} {
			err := Error(mode, tc.syncError, tc.results, stepOf)
			if tc.want == "" {
				assert.NoError(t, err, tc.name)
				continue
			}
			assert.EqualError(t, err, tc.want, tc.name)
		}
	}
}

func TestErrorWrapsOnlyInWrapMode(t *testing.T) {
	errA, errB := errors.New("A"), errors.New("B")
	results := []*result{{action: "X", target: "t", err: errB}}
	wrapped := Error(Wrap, errA, results, stepOf)
	described := Error(Describe, errA, results, stepOf)
	assert.Equal(t, wrapped.Error(), described.Error())
	// The aggregate's Is visits its errors; only %w lets them reach the cause.
	assert.ErrorIs(t, wrapped, errA)
	assert.ErrorIs(t, wrapped, errB)
	assert.NotErrorIs(t, described, errA)
	assert.NotErrorIs(t, described, errB)
}
