package main

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"sort"

	runtimeapi "k8s.io/cri-api/pkg/apis/runtime/v1"
	kc "k8s.io/kubernetes/pkg/kubelet/container"
)

func computeMisc(in map[string]json.RawMessage) (line, error) {
	kind, err := decode[string](in, "kind")
	if err != nil {
		return nil, err
	}
	switch kind {
	case "sandboxstate":
		return computeSandboxState(in)
	case "syncresult":
		return computeSyncResult(in)
	case "runtimestatus":
		return computeRuntimeStatus(in)
	case "sortstatus":
		return computeSortStatus(in)
	case "runningpod":
		return computeRunningPod(in)
	case "podstatus":
		return computePodStatus(in)
	case "backoff":
		return computeBackoff(in)
	}
	return nil, fmt.Errorf("unknown misc kind %q", kind)
}

func computeSandboxState(in map[string]json.RawMessage) (line, error) {
	state, err := decode[int32](in, "state")
	if err != nil {
		return nil, err
	}
	return line{}.add("result", string(kc.SandboxToContainerState(runtimeapi.PodSandboxState(state)))), nil
}

// syncEntry is one element of a syncresult line's "syncResults".
type syncEntry struct {
	Action  string          `json:"action"`
	Target  json.RawMessage `json:"target"`
	Error   *string         `json:"error"`
	Message string          `json:"message"`
}

// syncTarget maps a JSON target to the Go value given to NewSyncResult:
// a string, nil, or an int.
func syncTarget(raw json.RawMessage) (any, error) {
	var v any
	if err := json.Unmarshal(raw, &v); err != nil {
		return nil, err
	}
	switch t := v.(type) {
	case nil:
		return nil, nil
	case string:
		return t, nil
	case float64:
		return int(t), nil
	}
	return nil, fmt.Errorf("unsupported target %s", raw)
}

func computeSyncResult(in map[string]json.RawMessage) (line, error) {
	entries, err := decode[[]syncEntry](in, "syncResults")
	if err != nil {
		return nil, err
	}
	syncErr, err := decode[*string](in, "syncError")
	if err != nil {
		return nil, err
	}
	var p kc.PodSyncResult
	for _, e := range entries {
		target, err := syncTarget(e.Target)
		if err != nil {
			return nil, err
		}
		r := kc.NewSyncResult(kc.SyncAction(e.Action), target)
		if e.Error != nil {
			r.Fail(errors.New(*e.Error), e.Message)
		} else {
			r.Message = e.Message
		}
		p.AddSyncResult(r)
	}
	if syncErr != nil {
		p.Fail(errors.New(*syncErr))
	}
	return line{}.add("error", errText(p.Error())), nil
}

type conditionLookup struct {
	Type  string               `json:"type"`
	Found *kc.RuntimeCondition `json:"found"`
}

func computeRuntimeStatus(in map[string]json.RawMessage) (line, error) {
	conditions, err := decode[[]kc.RuntimeCondition](in, "conditions")
	if err != nil {
		return nil, err
	}
	rs := &kc.RuntimeStatus{Conditions: conditions}
	if err := decodeRuntimeStatusExtras(rs, in); err != nil {
		return nil, err
	}
	lookups := []conditionLookup{}
	for _, t := range []string{string(kc.RuntimeReady), string(kc.NetworkReady), "DiskReady", ""} {
		lookups = append(lookups, conditionLookup{t, rs.GetRuntimeCondition(kc.RuntimeConditionType(t))})
	}
	out := line{}.add("string", rs.String()).add("lookups", lookups)
	return append(out, runtimeStatusStrings(rs)...), nil
}

func computeSortStatus(in map[string]json.RawMessage) (line, error) {
	statuses, err := decode[[]*kc.Status](in, "statuses")
	if err != nil {
		return nil, err
	}
	index := make(map[*kc.Status]int, len(statuses))
	for i, s := range statuses {
		index[s] = i
	}
	s := append([]*kc.Status(nil), statuses...)
	sort.Sort(kc.SortContainerStatusesByCreationTime(s))
	ids := []string{}
	indices := []int{}
	for _, st := range s {
		ids = append(ids, st.ID.String())
		indices = append(indices, index[st])
	}
	return line{}.add("sortedIDs", ids).add("sortedIndices", indices), nil
}

// wireSandbox is the small shape a runningpod line gives each sandbox.
type wireSandbox struct {
	ID        string          `json:"id"`
	State     int32           `json:"state"`
	CreatedAt int64           `json:"createdAt"`
	Metadata  wireSandboxMeta `json:"metadata"`
}

type wireSandboxMeta struct {
	Name      string `json:"name"`
	UID       string `json:"uid"`
	Namespace string `json:"namespace"`
	Attempt   uint32 `json:"attempt"`
}

// withWireSandboxes replaces the "SandboxStatuses":null of an encoded
// PodStatus with the small shape of the sandboxes (null for nil).
func withWireSandboxes(raw json.RawMessage, sandboxes []*wireSandbox) json.RawMessage {
	return bytes.Replace(raw, []byte(`"SandboxStatuses":null`), append([]byte(`"SandboxStatuses":`), mustJSON(sandboxes)...), 1)
}

// wirePodStatus reads a PodStatus whose sandboxes have the small shape.
func wirePodStatus(raw json.RawMessage) (*kc.PodStatus, error) {
	var wire struct{ SandboxStatuses []*wireSandbox }
	if err := json.Unmarshal(raw, &wire); err != nil {
		return nil, err
	}
	var ps kc.PodStatus
	if err := json.Unmarshal(bytes.Replace(raw, []byte(`"SandboxStatuses":`), []byte(`"SandboxStatusesWire":`), 1), &ps); err != nil {
		return nil, err
	}
	if wire.SandboxStatuses != nil {
		ps.SandboxStatuses = []*runtimeapi.PodSandboxStatus{}
	}
	for _, s := range wire.SandboxStatuses {
		ps.SandboxStatuses = append(ps.SandboxStatuses, &runtimeapi.PodSandboxStatus{
			Id:        s.ID,
			State:     runtimeapi.PodSandboxState(s.State),
			CreatedAt: s.CreatedAt,
			Metadata: &runtimeapi.PodSandboxMetadata{
				Name:      s.Metadata.Name,
				Uid:       s.Metadata.UID,
				Namespace: s.Metadata.Namespace,
				Attempt:   s.Metadata.Attempt,
			},
		})
	}
	return &ps, nil
}

func computeRunningPod(in map[string]json.RawMessage) (line, error) {
	runtimeName, err := decode[string](in, "runtimeName")
	if err != nil {
		return nil, err
	}
	ps, err := wirePodStatus(in["podStatus"])
	if err != nil {
		return nil, fmt.Errorf("key \"podStatus\": %w", err)
	}
	pod := kc.ConvertPodStatusToRunningPod(runtimeName, ps)
	return line{}.add("pod", &pod), nil
}
