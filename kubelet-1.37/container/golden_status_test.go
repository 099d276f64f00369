package container

import (
	"fmt"
	"reflect"
	"sort"
	"testing"

	v1 "k8s.io/api/core/v1"

	"github.com/kubecontainer/kubecontainer/internal/golden"
	"github.com/kubecontainer/kubecontainer/internal/helpercheck"
	"github.com/kubecontainer/kubecontainer/internal/podspec"
	"github.com/kubecontainer/kubecontainer/internal/statuscheck"
)

// TestStatusGolden checks SandboxToContainerState, RuntimeStatus and its
// parts, SortContainerStatusesByCreationTime, ConvertPodStatusToRunningPod
// and the pod-level helpers against every misc.jsonl line of their kinds in
// both golden sets. The kinds syncresult and backoff are checked beside the
// sync results.
func TestStatusGolden(t *testing.T) {
	statuscheck.Kinds(t, readGolden(t, "misc.jsonl"), map[string]helpercheck.Check{
		"sandboxstate":  statuscheck.SandboxState(SandboxToContainerState),
		"runtimestatus": statuscheck.All(runtimeStatusCheck, checkRuntimeStatusParts),
		"sortstatus": statuscheck.SortStatus(
			func(s []*Status) { sort.Sort(SortContainerStatusesByCreationTime(s)) },
			func(s *Status) string { return s.ID.Type + "://" + s.ID.ID }),
		"runningpod": statuscheck.RunningPod(func(runtimeName string, s *statuscheck.RunningPodStatus[Status]) Pod {
			return ConvertPodStatusToRunningPod(runtimeName, &PodStatus{
				ID: s.ID, Name: s.Name, Namespace: s.Namespace, IPs: s.IPs, TimeStamp: s.TimeStamp,
				ContainerStatuses: s.ContainerStatuses, ActiveContainerStatuses: s.ActiveContainerStatuses,
				SandboxStatuses: statuscheck.CRISandboxes(s.SandboxStatuses),
			})
		}),
		"podstatus": checkPodStatusLine,
	})
}

// runtimeStatusLine is the input of a runtimestatus line.
type runtimeStatusLine struct {
	Conditions []RuntimeCondition `json:"conditions"`
	Handlers   []RuntimeHandler   `json:"handlers"`
	Features   *RuntimeFeatures   `json:"features"`
}

// runtimeStatusCheck checks a runtimestatus line's String and condition
// lookups.
var runtimeStatusCheck = statuscheck.RuntimeStatus(
	func(tb testing.TB, line golden.Line) *RuntimeStatus {
		var g runtimeStatusLine
		line.Decode(tb, &g)
		return &RuntimeStatus{Conditions: g.Conditions, Handlers: g.Handlers, Features: g.Features}
	},
	(*RuntimeStatus).String,
	func(r *RuntimeStatus, t string) *RuntimeCondition {
		return r.GetRuntimeCondition(RuntimeConditionType(t))
	})

// checkRuntimeStatusParts checks a runtimestatus line's handler and
// feature strings, new in v1.37.
func checkRuntimeStatusParts(tb testing.TB, line golden.Line) []string {
	var g struct {
		runtimeStatusLine
		HandlerStrings []string `json:"handlerStrings"`
		FeaturesString string   `json:"featuresString"`
	}
	line.Decode(tb, &g)
	var diffs []string
	handlerStrings := []string{}
	for i := range g.Handlers {
		handlerStrings = append(handlerStrings, g.Handlers[i].String())
	}
	if !reflect.DeepEqual(handlerStrings, g.HandlerStrings) {
		diffs = append(diffs, fmt.Sprintf("handler strings %q, kubelet gives %q", handlerStrings, g.HandlerStrings))
	}
	if got := g.Features.String(); got != g.FeaturesString {
		diffs = append(diffs, fmt.Sprintf("Features.String() = %q, kubelet gives %q", got, g.FeaturesString))
	}
	return diffs
}

// indexOf returns the index of s in statuses, or -1 (also for a nil s).
func indexOf(statuses []*Status, s *Status) int {
	for i := range statuses {
		if s != nil && statuses[i] == s {
			return i
		}
	}
	return -1
}

// podStatusGoldenLookup is one entry of the lookups of a podstatus line.
type podStatusGoldenLookup struct {
	Name        string `json:"name"`
	Found       int    `json:"found"`
	FoundActive int    `json:"foundActive"`
}

// checkPodStatusLine checks a podstatus line: the pod-level helpers and
// the status lookups.
func checkPodStatusLine(tb testing.TB, line golden.Line) []string {
	var g struct {
		Pod                                 v1.Pod                  `json:"pod"`
		PodStatus                           *PodStatus              `json:"podStatus"`
		APIPodStatus                        *v1.PodStatus           `json:"apiPodStatus"`
		ShouldAllContainersRestart          bool                    `json:"shouldAllContainersRestart"`
		AllContainersRestartCleanedUp       *bool                   `json:"allContainersRestartCleanedUp"`
		HasAnyRegularContainerStarted       bool                    `json:"hasAnyRegularContainerStarted"`
		HasAnyActiveRegularContainerStarted bool                    `json:"hasAnyActiveRegularContainerStarted"`
		Lookups                             []podStatusGoldenLookup `json:"lookups"`
		Running                             []int                   `json:"running"`
	}
	line.Decode(tb, &g)
	var diffs []string
	diff := func(what string, got, want interface{}) {
		if !reflect.DeepEqual(got, want) {
			diffs = append(diffs, fmt.Sprintf("%s = %v, want %v", what, got, want))
		}
	}
	diff("ShouldAllContainersRestart", ShouldAllContainersRestart(&g.Pod, g.PodStatus, g.APIPodStatus), g.ShouldAllContainersRestart)
	var apiStatuses []v1.ContainerStatus
	if g.APIPodStatus != nil {
		apiStatuses = g.APIPodStatus.ContainerStatuses
	}
	diff("HasAnyRegularContainerStarted", HasAnyRegularContainerStarted(&g.Pod.Spec, apiStatuses), g.HasAnyRegularContainerStarted)
	diff("HasAnyActiveRegularContainerStarted", HasAnyActiveRegularContainerStarted(&g.Pod.Spec, g.PodStatus), g.HasAnyActiveRegularContainerStarted)
	if g.PodStatus == nil {
		diff("allContainersRestartCleanedUp", g.AllContainersRestartCleanedUp, (*bool)(nil))
		diff("lookups", g.Lookups, []podStatusGoldenLookup(nil))
		diff("running", g.Running, []int(nil))
		return diffs
	}
	cleanedUp := AllContainersRestartCleanedUp(&g.Pod, g.PodStatus)
	diff("AllContainersRestartCleanedUp", &cleanedUp, g.AllContainersRestartCleanedUp)
	var names []string
	podspec.VisitContainers(&g.Pod.Spec, func(c *v1.Container, _ podspec.Kind, _ int) bool {
		names = append(names, c.Name)
		return true
	})
	lookups := []podStatusGoldenLookup{}
	for _, name := range append(names, "not-in-pod") {
		lookups = append(lookups, podStatusGoldenLookup{
			Name:        name,
			Found:       indexOf(g.PodStatus.ContainerStatuses, g.PodStatus.FindContainerStatusByName(name)),
			FoundActive: indexOf(g.PodStatus.ActiveContainerStatuses, g.PodStatus.FindActiveContainerStatusByName(name)),
		})
	}
	diff("lookups", lookups, g.Lookups)
	running := []int{}
	for _, s := range g.PodStatus.GetRunningContainerStatuses() {
		running = append(running, indexOf(g.PodStatus.ContainerStatuses, s))
	}
	diff("GetRunningContainerStatuses", running, g.Running)
	return diffs
}
