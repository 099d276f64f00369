package statuscheck

import (
	"fmt"
	"reflect"
	"testing"

	v1 "k8s.io/api/core/v1"

	"github.com/kubecontainer/kubecontainer/internal/golden"
	"github.com/kubecontainer/kubecontainer/internal/podspec"
)

// PodStatusHelpers are the pod-level helpers of kubelet v1.28 to v1.32,
// which a podstatus line of that shape checks: a line's
// HasAnyRegularContainerStarted and, of its PodStatus PS with statuses S,
// the ContainerStatuses, FindContainerStatusByName and
// GetRunningContainerStatuses.
type PodStatusHelpers[PS, S any] struct {
	HasAnyRegularContainerStarted func(*v1.PodSpec, []v1.ContainerStatus) bool
	ContainerStatuses             func(*PS) []*S
	FindContainerStatusByName     func(*PS, string) *S
	GetRunningContainerStatuses   func(*PS) []*S
}

// statusLookup is one entry of the "lookups" of a podstatus line.
type statusLookup struct {
	Name  string `json:"name"`
	Found int    `json:"found"`
}

// CheckLine checks a podstatus line: "hasAnyRegularContainerStarted" for
// the API statuses; then, when "podStatus" is not null, the index found
// for every container name of the pod (init, regular, ephemeral) and
// "not-in-pod", and the indices of the running statuses.
func (h PodStatusHelpers[PS, S]) CheckLine(tb testing.TB, line golden.Line) []string {
	var g struct {
		Pod                           v1.Pod         `json:"pod"`
		PodStatus                     *PS            `json:"podStatus"`
		APIPodStatus                  *v1.PodStatus  `json:"apiPodStatus"`
		HasAnyRegularContainerStarted bool           `json:"hasAnyRegularContainerStarted"`
		Lookups                       []statusLookup `json:"lookups"`
		Running                       []int          `json:"running"`
	}
	line.Decode(tb, &g)
	var diffs []string
	diff := func(what string, got, want interface{}) {
		if !reflect.DeepEqual(got, want) {
			diffs = append(diffs, fmt.Sprintf("%s = %v, kubelet gives %v", what, got, want))
		}
	}
	var apiStatuses []v1.ContainerStatus
	if g.APIPodStatus != nil {
		apiStatuses = g.APIPodStatus.ContainerStatuses
	}
	diff("HasAnyRegularContainerStarted", h.HasAnyRegularContainerStarted(&g.Pod.Spec, apiStatuses), g.HasAnyRegularContainerStarted)
	if g.PodStatus == nil {
		diff("lookups", g.Lookups, []statusLookup(nil))
		diff("running", g.Running, []int(nil))
		return diffs
	}
	statuses := h.ContainerStatuses(g.PodStatus)
	lookups := []statusLookup{}
	podspec.VisitContainers(&g.Pod.Spec, func(c *v1.Container, _ podspec.Kind, _ int) bool {
		lookups = append(lookups, statusLookup{c.Name, indexOf(statuses, h.FindContainerStatusByName(g.PodStatus, c.Name))})
		return true
	})
	lookups = append(lookups, statusLookup{"not-in-pod", indexOf(statuses, h.FindContainerStatusByName(g.PodStatus, "not-in-pod"))})
	diff("FindContainerStatusByName", lookups, g.Lookups)
	running := []int{}
	for _, s := range h.GetRunningContainerStatuses(g.PodStatus) {
		running = append(running, indexOf(statuses, s))
	}
	diff("GetRunningContainerStatuses", running, g.Running)
	return diffs
}

// indexOf returns the index of s in statuses, -1 when s is nil or not
// there.
func indexOf[S any](statuses []*S, s *S) int {
	for i := range statuses {
		if s != nil && statuses[i] == s {
			return i
		}
	}
	return -1
}
