package container

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"sort"
	"testing"

	"github.com/kubecontainer/kubecontainer/internal/golden"
	"github.com/kubecontainer/kubecontainer/internal/helpercheck"
	"github.com/kubecontainer/kubecontainer/internal/statuscheck"
)

// TestMiscGolden checks SandboxToContainerState, PodSyncResult.Error,
// RuntimeStatus, SortContainerStatusesByCreationTime and
// ConvertPodStatusToRunningPod against every line of testdata/misc.jsonl,
// each line according to its kind.
func TestMiscGolden(t *testing.T) {
	statuscheck.Kinds(t, readGolden(t, "misc.jsonl"), map[string]helpercheck.Check{
		"sandboxstate": statuscheck.SandboxState(SandboxToContainerState),
		"syncresult":   dataCheck(checkSyncResultGoldenLine),
		"runtimestatus": statuscheck.RuntimeStatus(
			func(tb testing.TB, line golden.Line) *RuntimeStatus {
				var g struct {
					Conditions []RuntimeCondition `json:"conditions"`
				}
				line.Decode(tb, &g)
				return &RuntimeStatus{Conditions: g.Conditions}
			},
			(*RuntimeStatus).String,
			func(r *RuntimeStatus, t string) *RuntimeCondition {
				return r.GetRuntimeCondition(RuntimeConditionType(t))
			}),
		"sortstatus": statuscheck.SortStatus(
			func(s []*Status) { sort.Sort(SortContainerStatusesByCreationTime(s)) },
			func(s *Status) string { return s.ID.String() }),
		"runningpod": statuscheck.RunningPod(func(runtimeName string, s *statuscheck.RunningPodStatus[Status]) Pod {
			return ConvertPodStatusToRunningPod(runtimeName, &PodStatus{
				ID: s.ID, Name: s.Name, Namespace: s.Namespace, IPs: s.IPs, TimeStamp: s.TimeStamp,
				ContainerStatuses: s.ContainerStatuses, SandboxStatuses: statuscheck.CRISandboxes(s.SandboxStatuses),
			})
		}),
	})
}

// dataCheck adapts a check of a line's JSON, which returns the line's
// differences or a decoding error, to a helpercheck.Check.
func dataCheck(check func(data []byte) ([]string, error)) helpercheck.Check {
	return func(tb testing.TB, line golden.Line) []string {
		tb.Helper()
		diffs, err := check(line.Data)
		if err != nil {
			tb.Fatalf("%s: decoding: %v", line.Where, err)
		}
		return diffs
	}
}

func checkSyncResultGoldenLine(data []byte) ([]string, error) {
	var g struct {
		SyncResults []struct {
			Action  SyncAction      `json:"action"`
			Target  json.RawMessage `json:"target"`
			Error   *string         `json:"error"`
			Message string          `json:"message"`
		} `json:"syncResults"`
		SyncError *string `json:"syncError"`
		Error     string  `json:"error"`
	}
	if err := json.Unmarshal(data, &g); err != nil {
		return nil, err
	}
	var result PodSyncResult
	for _, entry := range g.SyncResults {
		target, err := syncResultGoldenTarget(entry.Target)
		if err != nil {
			return nil, err
		}
		r := NewSyncResult(entry.Action, target)
		if entry.Error != nil {
			r.Fail(errors.New(*entry.Error), entry.Message)
		} else {
			r.Message = entry.Message
		}
		result.AddSyncResult(r)
	}
	if g.SyncError != nil {
		result.Fail(errors.New(*g.SyncError))
	}
	got := ""
	if err := result.Error(); err != nil {
		got = err.Error()
	}
	if got != g.Error {
		return []string{fmt.Sprintf("PodSyncResult.Error() = %q, want %q", got, g.Error)}, nil
	}
	return nil, nil
}

// syncResultGoldenTarget turns a target of misc.jsonl into the Go value
// upstream used: a string, nil for null, an int for a number.
func syncResultGoldenTarget(raw json.RawMessage) (interface{}, error) {
	switch {
	case bytes.Equal(raw, []byte("null")):
		return nil, nil
	case len(raw) > 0 && raw[0] == '"':
		var s string
		err := json.Unmarshal(raw, &s)
		return s, err
	default:
		var n int
		err := json.Unmarshal(raw, &n)
		return n, err
	}
}
