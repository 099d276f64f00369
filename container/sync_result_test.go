package container

import (
	"errors"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestNewSyncResult(t *testing.T) {
	assert.Equal(t, &SyncResult{Action: StartContainer, Target: "c1"}, NewSyncResult(StartContainer, "c1"))
}

func TestSyncResultFail(t *testing.T) {
	r := NewSyncResult(KillContainer, "c1")
	r.Fail(ErrKillContainer, "timed out")
	assert.Equal(t, &SyncResult{Action: KillContainer, Target: "c1", Error: ErrKillContainer, Message: "timed out"}, r)
}

func TestPodSyncResultAddSyncResult(t *testing.T) {
	var p PodSyncResult
	a, b := NewSyncResult(StartContainer, "a"), NewSyncResult(StartContainer, "b")
	p.AddSyncResult(a)
	p.AddSyncResult(b, a)
	assert.Equal(t, []*SyncResult{a, b, a}, p.SyncResults)
}

func TestPodSyncResultAddPodSyncResultOverwritesSyncError(t *testing.T) {
	a, b := NewSyncResult(StartContainer, "a"), NewSyncResult(KillContainer, "b")
	p := PodSyncResult{SyncResults: []*SyncResult{a}}
	p.Fail(errors.New("earlier failure"))
	p.AddPodSyncResult(PodSyncResult{SyncResults: []*SyncResult{b}})
	assert.Equal(t, []*SyncResult{a, b}, p.SyncResults)
	assert.NoError(t, p.SyncError, "a nil SyncError of the other result erases the earlier one")

	p.AddPodSyncResult(PodSyncResult{SyncError: ErrCrashLoopBackOff})
	assert.Equal(t, ErrCrashLoopBackOff, p.SyncError)
}

func TestPodSyncResultError(t *testing.T) {
	failed := func(action SyncAction, target interface{}, err error, msg string) *SyncResult {
		r := NewSyncResult(action, target)
		r.Fail(err, msg)
		return r
	}
	tests := []struct {
		name      string
		syncError error
		results   []*SyncResult
		want      string
	}{
		{name: "no results"},
		{name: "only successes", results: []*SyncResult{NewSyncResult(StartContainer, "c1")}},
		{name: "sync error", syncError: errors.New("boom"), want: "failed to SyncPod: boom"},
		{name: "one failure", results: []*SyncResult{failed(StartContainer, "c1", ErrRunContainer, "msg")},
			want: `failed to "StartContainer" for "c1" with RunContainerError: "msg"`},
		{name: "sync error and failure", syncError: errors.New("boom"),
			results: []*SyncResult{failed(StartContainer, "c1", ErrRunContainer, "msg")},
			want:    `[failed to SyncPod: boom, failed to "StartContainer" for "c1" with RunContainerError: "msg"]`},
		{name: "duplicates removed", results: []*SyncResult{
			failed(StartContainer, "c1", ErrRunContainer, "a"),
			failed(KillContainer, "c2", ErrKillContainer, "b"),
			failed(StartContainer, "c1", ErrRunContainer, "a"),
		}, want: `[failed to "StartContainer" for "c1" with RunContainerError: "a", failed to "KillContainer" for "c2" with KillContainerError: "b"]`},
		{name: "all the same, no brackets", results: []*SyncResult{
			failed(StartContainer, "c1", ErrRunContainer, "a"),
			failed(StartContainer, "c1", ErrRunContainer, "a"),
		}, want: `failed to "StartContainer" for "c1" with RunContainerError: "a"`},
		{name: "quoted action and message", results: []*SyncResult{failed(`a"b`, "c", errors.New("e"), "x\ty\x01")},
			want: `failed to "a\"b" for "c" with e: "x\ty\x01"`},
		{name: "nil target", results: []*SyncResult{failed(SetupNetwork, nil, errors.New("e"), "")},
			want: `failed to "SetupNetwork" for %!q(<nil>) with e: ""`},
		{name: "int target", results: []*SyncResult{failed(SetupNetwork, 65, errors.New("e"), "")},
			want: `failed to "SetupNetwork" for 'A' with e: ""`},
		{name: "empty error text", results: []*SyncResult{failed(StartContainer, "c1", errors.New(""), "m")},
			want: `failed to "StartContainer" for "c1" with : "m"`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			p := PodSyncResult{SyncResults: tt.results, SyncError: tt.syncError}
			err := p.Error()
			if tt.want == "" {
				assert.NoError(t, err)
				return
			}
			require.EqualError(t, err, tt.want)
		})
	}
}

// The kubelet formats the causes with %v: callers that look for a cause with
// errors.Is do not find it, here as there.
func TestPodSyncResultErrorDoesNotWrapCauses(t *testing.T) {
	r := NewSyncResult(StartContainer, "c1")
	r.Fail(ErrCrashLoopBackOff, "back-off")
	p := PodSyncResult{SyncResults: []*SyncResult{r}, SyncError: ErrCreatePodSandbox}
	err := p.Error()
	assert.NotErrorIs(t, err, ErrCrashLoopBackOff)
	assert.NotErrorIs(t, err, ErrCreatePodSandbox)
}

func TestSyncErrorTexts(t *testing.T) {
	for err, want := range map[error]string{
		ErrRunContainer:     "RunContainerError",
		ErrKillContainer:    "KillContainerError",
		ErrCreatePodSandbox: "CreatePodSandboxError",
		ErrConfigPodSandbox: "ConfigPodSandboxError",
		ErrKillPodSandbox:   "KillPodSandboxError",
	} {
		assert.EqualError(t, err, want)
	}
}
