package statuscheck

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"testing"

	"github.com/kubecontainer/kubecontainer/internal/golden"
	"github.com/kubecontainer/kubecontainer/internal/helpercheck"
)

// SyncResultMethods is what a syncresult line calls of a line's
// *SyncResult.
type SyncResultMethods[R any] interface {
	*R
	Fail(err error, msg string)
}

// PodSyncResultMethods is what a syncresult line calls of a line's
// *PodSyncResult holding *R step results.
type PodSyncResultMethods[R, P any] interface {
	*P
	AddSyncResult(result ...*R)
	Fail(err error)
	Error() error
}

// SyncResult checks a syncresult line: a PodSyncResult P built with
// newSyncResult (a line's NewSyncResult) and the methods above from the
// line's steps and sync error must give its "error" text. A step's target
// is a string, nil for null or an int; a step with an error fails with it
// and its message (the message of a successful step shows nowhere).
func SyncResult[A ~string, R, P any, PR SyncResultMethods[R], PP PodSyncResultMethods[R, P]](newSyncResult func(A, interface{}) *R) helpercheck.Check {
	return func(tb testing.TB, line golden.Line) []string {
		var g struct {
			SyncResults []struct {
				Action  A               `json:"action"`
				Target  json.RawMessage `json:"target"`
				Error   *string         `json:"error"`
				Message string          `json:"message"`
			} `json:"syncResults"`
			SyncError *string `json:"syncError"`
			Error     string  `json:"error"`
		}
		line.Decode(tb, &g)
		var p P
		for _, step := range g.SyncResults {
			target, err := syncTarget(step.Target)
			if err != nil {
				return []string{fmt.Sprintf("target %s: %v", step.Target, err)}
			}
			r := newSyncResult(step.Action, target)
			if step.Error != nil {
				PR(r).Fail(errors.New(*step.Error), step.Message)
			}
			PP(&p).AddSyncResult(r)
		}
		if g.SyncError != nil {
			PP(&p).Fail(errors.New(*g.SyncError))
		}
		got := ""
		if err := PP(&p).Error(); err != nil {
			got = err.Error()
		}
		if got != g.Error {
			return []string{fmt.Sprintf("PodSyncResult.Error() = %q, kubelet gives %q", got, g.Error)}
		}
		return nil
	}
}

// syncTarget returns the Go value of a step's target: a string, nil for
// null, an int for a number.
func syncTarget(raw json.RawMessage) (interface{}, error) {
	switch {
	case bytes.Equal(raw, []byte("null")):
		return nil, nil
	case len(raw) > 0 && raw[0] == '"':
		var s string
		err := json.Unmarshal(raw, &s)
		return s, err
	}
	var n int
	err := json.Unmarshal(raw, &n)
	return n, err
}
