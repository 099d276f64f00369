package main

import (
	"encoding/json"
	"errors"
	"fmt"
	"sort"
	"time"

	v1 "k8s.io/api/core/v1"
	"k8s.io/apimachinery/pkg/types"
	utilerrors "k8s.io/apimachinery/pkg/util/errors"
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
	handlers, err := decode[[]kc.RuntimeHandler](in, "handlers")
	if err != nil {
		return nil, err
	}
	features, err := decode[*kc.RuntimeFeatures](in, "features")
	if err != nil {
		return nil, err
	}
	rs := &kc.RuntimeStatus{Conditions: conditions, Handlers: handlers, Features: features}
	lookups := []conditionLookup{}
	for _, t := range []string{string(kc.RuntimeReady), string(kc.NetworkReady), "DiskReady", ""} {
		lookups = append(lookups, conditionLookup{t, rs.GetRuntimeCondition(kc.RuntimeConditionType(t))})
	}
	handlerStrings := []string{}
	for i := range handlers {
		handlerStrings = append(handlerStrings, handlers[i].String())
	}
	return line{}.
		add("string", rs.String()).
		add("lookups", lookups).
		add("handlerStrings", handlerStrings).
		add("featuresString", features.String()), nil
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

// wirePodStatus is container.PodStatus with sandboxes in the small shape.
type wirePodStatus struct {
	ID                      types.UID
	Name                    string
	Namespace               string
	IPs                     []string
	ContainerStatuses       []*kc.Status
	ActiveContainerStatuses []*kc.Status
	SandboxStatuses         []*wireSandbox
	TimeStamp               time.Time
}

func (w *wirePodStatus) podStatus() *kc.PodStatus {
	ps := &kc.PodStatus{
		ID:                      w.ID,
		Name:                    w.Name,
		Namespace:               w.Namespace,
		IPs:                     w.IPs,
		ContainerStatuses:       w.ContainerStatuses,
		ActiveContainerStatuses: w.ActiveContainerStatuses,
		TimeStamp:               w.TimeStamp,
	}
	if w.SandboxStatuses != nil {
		ps.SandboxStatuses = []*runtimeapi.PodSandboxStatus{}
	}
	for _, s := range w.SandboxStatuses {
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
	return ps
}

func computeRunningPod(in map[string]json.RawMessage) (line, error) {
	runtimeName, err := decode[string](in, "runtimeName")
	if err != nil {
		return nil, err
	}
	w, err := decode[wirePodStatus](in, "podStatus")
	if err != nil {
		return nil, err
	}
	pod := kc.ConvertPodStatusToRunningPod(runtimeName, w.podStatus())
	return line{}.add("pod", &pod), nil
}

type statusLookup struct {
	Name        string `json:"name"`
	Found       int    `json:"found"`
	FoundActive int    `json:"foundActive"`
}

func indexOf(list []*kc.Status, s *kc.Status) int {
	for i, e := range list {
		if s != nil && e == s {
			return i
		}
	}
	return -1
}

func computePodStatus(in map[string]json.RawMessage) (line, error) {
	pod, err := decode[v1.Pod](in, "pod")
	if err != nil {
		return nil, err
	}
	ps, err := decode[*kc.PodStatus](in, "podStatus")
	if err != nil {
		return nil, err
	}
	api, err := decode[*v1.PodStatus](in, "apiPodStatus")
	if err != nil {
		return nil, err
	}
	out := line{}.add("shouldAllContainersRestart", kc.ShouldAllContainersRestart(&pod, ps, api))
	if ps == nil {
		out = out.add("allContainersRestartCleanedUp", nil)
	} else {
		out = out.add("allContainersRestartCleanedUp", kc.AllContainersRestartCleanedUp(&pod, ps))
	}
	var apiStatuses []v1.ContainerStatus
	if api != nil {
		apiStatuses = api.ContainerStatuses
	}
	out = out.
		add("hasAnyRegularContainerStarted", kc.HasAnyRegularContainerStarted(&pod.Spec, apiStatuses)).
		add("hasAnyActiveRegularContainerStarted", kc.HasAnyActiveRegularContainerStarted(&pod.Spec, ps))
	if ps == nil {
		return out.add("lookups", nil).add("running", nil), nil
	}
	lookups := []statusLookup{}
	names := []string{}
	for _, l := range podContainers(&pod) {
		names = append(names, l.c.Name)
	}
	names = append(names, notInPod)
	for _, name := range names {
		lookups = append(lookups, statusLookup{
			Name:        name,
			Found:       indexOf(ps.ContainerStatuses, ps.FindContainerStatusByName(name)),
			FoundActive: indexOf(ps.ActiveContainerStatuses, ps.FindActiveContainerStatusByName(name)),
		})
	}
	running := []int{}
	for _, s := range ps.GetRunningContainerStatuses() {
		running = append(running, indexOf(ps.ContainerStatuses, s))
	}
	return out.add("lookups", lookups).add("running", running), nil
}

// errNode describes an error built from upstream constructors (see the
// backoff kind in the README).
type errNode struct {
	Op        string        `json:"op"`
	Text      string        `json:"text,omitempty"`
	At        *time.Time    `json:"at,omitempty"`
	Prefix    string        `json:"prefix,omitempty"`
	Err       *errNode      `json:"err,omitempty"`
	Errs      []*errNode    `json:"errs,omitempty"`
	SyncError *errNode      `json:"syncError,omitempty"`
	Results   []errNodeSync `json:"results,omitempty"`
}

type errNodeSync struct {
	Action  string   `json:"action"`
	Target  string   `json:"target"`
	Err     *errNode `json:"err"`
	Message string   `json:"message"`
}

func (n *errNode) build() (error, error) {
	if n == nil {
		return nil, nil
	}
	switch n.Op {
	case "text":
		return errors.New(n.Text), nil
	case "backoff":
		inner, err := n.Err.build()
		if err != nil {
			return nil, err
		}
		if n.At == nil {
			return nil, fmt.Errorf("backoff node without at")
		}
		return kc.NewBackoffError(inner, *n.At), nil
	case "wrap":
		inner, err := n.Err.build()
		if err != nil {
			return nil, err
		}
		return fmt.Errorf("%s%w", n.Prefix, inner), nil
	case "aggregate", "join":
		var list []error
		for _, e := range n.Errs {
			b, err := e.build()
			if err != nil {
				return nil, err
			}
			list = append(list, b)
		}
		if n.Op == "join" {
			return errors.Join(list...), nil
		}
		if agg := utilerrors.NewAggregate(list); agg != nil {
			return agg, nil
		}
		return nil, nil
	case "podsync":
		var p kc.PodSyncResult
		for _, r := range n.Results {
			sr := kc.NewSyncResult(kc.SyncAction(r.Action), r.Target)
			if r.Err != nil {
				b, err := r.Err.build()
				if err != nil {
					return nil, err
				}
				sr.Fail(b, r.Message)
			} else {
				sr.Message = r.Message
			}
			p.AddSyncResult(sr)
		}
		if n.SyncError != nil {
			b, err := n.SyncError.build()
			if err != nil {
				return nil, err
			}
			p.Fail(b)
		}
		return p.Error(), nil
	}
	return nil, fmt.Errorf("unknown error node op %q", n.Op)
}

func computeBackoff(in map[string]json.RawMessage) (line, error) {
	node, err := decode[*errNode](in, "err")
	if err != nil {
		return nil, err
	}
	built, err := node.build()
	if err != nil {
		return nil, err
	}
	minTime, found := kc.MinBackoffExpiration(built)
	return line{}.add("error", errText(built)).add("found", found).add("min", minTime), nil
}
