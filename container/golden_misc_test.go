package container

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"reflect"
	"sort"
	"testing"
	"time"

	"k8s.io/apimachinery/pkg/types"
	runtimeapi "k8s.io/cri-api/pkg/apis/runtime/v1"
)

// TestMiscGolden checks SandboxToContainerState, PodSyncResult.Error,
// RuntimeStatus, SortContainerStatusesByCreationTime and
// ConvertPodStatusToRunningPod against every line of testdata/misc.jsonl,
// each line according to its kind.
func TestMiscGolden(t *testing.T) {
	checks := map[string]func(data []byte) ([]string, error){
		"sandboxstate":  checkSandboxStateGoldenLine,
		"syncresult":    checkSyncResultGoldenLine,
		"runtimestatus": checkRuntimeStatusGoldenLine,
		"sortstatus":    checkSortStatusGoldenLine,
		"runningpod":    checkRunningPodGoldenLine,
	}
	lines := readGolden(t, "misc.jsonl")
	matched := 0
	perKind := map[string][2]int{}
	for _, line := range lines {
		var head struct {
			Kind string `json:"kind"`
		}
		line.Decode(t, &head)
		check, ok := checks[head.Kind]
		if !ok {
			t.Fatalf("%s: unknown kind %q", line.Where, head.Kind)
		}
		mismatches, err := check(line.Data)
		if err != nil {
			t.Fatalf("%s: decoding: %v", line.Where, err)
		}
		for _, m := range mismatches {
			t.Errorf("%s: %s", line.Where, m)
		}
		counts := perKind[head.Kind]
		counts[1]++
		if len(mismatches) == 0 {
			matched++
			counts[0]++
		}
		perKind[head.Kind] = counts
	}
	t.Logf("misc.jsonl: %d/%d lines match %v", matched, len(lines), perKind)
}

func checkSandboxStateGoldenLine(data []byte) ([]string, error) {
	var g struct {
		State  int32 `json:"state"`
		Result State `json:"result"`
	}
	if err := json.Unmarshal(data, &g); err != nil {
		return nil, err
	}
	if got := SandboxToContainerState(runtimeapi.PodSandboxState(g.State)); got != g.Result {
		return []string{fmt.Sprintf("SandboxToContainerState(%d) = %q, want %q", g.State, got, g.Result)}, nil
	}
	return nil, nil
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

func checkRuntimeStatusGoldenLine(data []byte) ([]string, error) {
	var g struct {
		Conditions []RuntimeCondition `json:"conditions"`
		String     string             `json:"string"`
		Lookups    []struct {
			Type  RuntimeConditionType `json:"type"`
			Found *RuntimeCondition    `json:"found"`
		} `json:"lookups"`
	}
	if err := json.Unmarshal(data, &g); err != nil {
		return nil, err
	}
	var diffs []string
	status := &RuntimeStatus{Conditions: g.Conditions}
	if got := status.String(); got != g.String {
		diffs = append(diffs, fmt.Sprintf("String() = %q, want %q", got, g.String))
	}
	for _, lookup := range g.Lookups {
		if got := status.GetRuntimeCondition(lookup.Type); !reflect.DeepEqual(got, lookup.Found) {
			diffs = append(diffs, fmt.Sprintf("GetRuntimeCondition(%q) = %+v, want %+v", lookup.Type, got, lookup.Found))
		}
	}
	return diffs, nil
}

func checkSortStatusGoldenLine(data []byte) ([]string, error) {
	var g struct {
		Statuses      []*Status `json:"statuses"`
		SortedIDs     []string  `json:"sortedIDs"`
		SortedIndices []int     `json:"sortedIndices"`
	}
	if err := json.Unmarshal(data, &g); err != nil {
		return nil, err
	}
	originalIndex := make(map[*Status]int, len(g.Statuses))
	for i, s := range g.Statuses {
		originalIndex[s] = i
	}
	sorted := append([]*Status(nil), g.Statuses...)
	sort.Sort(SortContainerStatusesByCreationTime(sorted))
	ids := []string{}
	indices := []int{}
	for _, s := range sorted {
		ids = append(ids, s.ID.String())
		indices = append(indices, originalIndex[s])
	}
	var diffs []string
	if !reflect.DeepEqual(ids, g.SortedIDs) {
		diffs = append(diffs, fmt.Sprintf("sorted IDs %q, want %q", ids, g.SortedIDs))
	}
	if !reflect.DeepEqual(indices, g.SortedIndices) {
		diffs = append(diffs, fmt.Sprintf("sorted indices %v, want %v", indices, g.SortedIndices))
	}
	return diffs, nil
}

// runningPodGoldenStatus is PodStatus as misc.jsonl writes it, with each
// sandbox in a small shape of its own.
type runningPodGoldenStatus struct {
	ID                types.UID
	Name              string
	Namespace         string
	IPs               []string
	ContainerStatuses []*Status
	SandboxStatuses   []*struct {
		ID        string `json:"id"`
		State     int32  `json:"state"`
		CreatedAt int64  `json:"createdAt"`
		Metadata  struct {
			Name      string `json:"name"`
			UID       string `json:"uid"`
			Namespace string `json:"namespace"`
			Attempt   uint32 `json:"attempt"`
		} `json:"metadata"`
	}
	TimeStamp time.Time
}

// podStatus returns the PodStatus that s stands for.
func (s *runningPodGoldenStatus) podStatus() *PodStatus {
	status := &PodStatus{
		ID:                s.ID,
		Name:              s.Name,
		Namespace:         s.Namespace,
		IPs:               s.IPs,
		ContainerStatuses: s.ContainerStatuses,
		TimeStamp:         s.TimeStamp,
	}
	if s.SandboxStatuses != nil {
		status.SandboxStatuses = []*runtimeapi.PodSandboxStatus{}
	}
	for _, sandbox := range s.SandboxStatuses {
		status.SandboxStatuses = append(status.SandboxStatuses, &runtimeapi.PodSandboxStatus{
			Id:        sandbox.ID,
			State:     runtimeapi.PodSandboxState(sandbox.State),
			CreatedAt: sandbox.CreatedAt,
			Metadata: &runtimeapi.PodSandboxMetadata{
				Name:      sandbox.Metadata.Name,
				Uid:       sandbox.Metadata.UID,
				Namespace: sandbox.Metadata.Namespace,
				Attempt:   sandbox.Metadata.Attempt,
			},
		})
	}
	return status
}

func checkRunningPodGoldenLine(data []byte) ([]string, error) {
	var g struct {
		RuntimeName string                 `json:"runtimeName"`
		PodStatus   runningPodGoldenStatus `json:"podStatus"`
		Pod         json.RawMessage        `json:"pod"`
	}
	if err := json.Unmarshal(data, &g); err != nil {
		return nil, err
	}
	pod := ConvertPodStatusToRunningPod(g.RuntimeName, g.PodStatus.podStatus())
	got, err := json.Marshal(&pod)
	if err != nil {
		return nil, err
	}
	if !bytes.Equal(got, g.Pod) {
		return []string{fmt.Sprintf("ConvertPodStatusToRunningPod(%q) = %s, want %s", g.RuntimeName, got, g.Pod)}, nil
	}
	return nil, nil
}
