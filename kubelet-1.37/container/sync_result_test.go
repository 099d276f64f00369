package container

import (
	"errors"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestSyncResultMethods(t *testing.T) {
	r := NewSyncResult(RemoveContainer, "sidecar")
	assert.Equal(t, &SyncResult{Action: RemoveContainer, Target: "sidecar"}, r)
	r.Fail(ErrRemoveContainer, "device busy")
	assert.Equal(t, &SyncResult{Action: RemoveContainer, Target: "sidecar", Error: ErrRemoveContainer, Message: "device busy"}, r)

	var p PodSyncResult
	ok := NewSyncResult(StartContainer, "app")
	p.AddSyncResult(ok)
	p.AddSyncResult(r)
	assert.Equal(t, []*SyncResult{ok, r}, p.SyncResults)

	p.Fail(errors.New("sandbox gone"))
	p.AddPodSyncResult(PodSyncResult{SyncResults: []*SyncResult{r}})
	assert.Len(t, p.SyncResults, 3)
	assert.NoError(t, p.SyncError, "AddPodSyncResult replaces SyncError, even with nil")
}

func TestPodSyncResultErrorWrapsCauses(t *testing.T) {
	var p PodSyncResult
	require.NoError(t, p.Error())

	resize := NewSyncResult(ResizePodInPlace, "web_default")
	resize.Fail(ErrResizePodInPlace, "not enough memory")
	p.AddSyncResult(resize, resize)
	err := p.Error()
	assert.EqualError(t, err, `failed to "ResizePodInPlace" for "web_default" with ResizePodInPlaceError: "not enough memory"`,
		"a repeated text appears once, without brackets")
	assert.ErrorIs(t, err, ErrResizePodInPlace)

	p.Fail(ErrCreatePodSandbox)
	err = p.Error()
	assert.EqualError(t, err, `[failed to SyncPod: CreatePodSandboxError, `+
		`failed to "ResizePodInPlace" for "web_default" with ResizePodInPlaceError: "not enough memory"]`)
	assert.ErrorIs(t, err, ErrCreatePodSandbox)
	assert.ErrorIs(t, err, ErrResizePodInPlace)
	assert.NotErrorIs(t, err, ErrKillContainer)
}
