package statuscheck

import (
	"fmt"
	"reflect"
	"testing"

	v1 "k8s.io/api/core/v1"

	"github.com/kubecontainer/kubecontainer/internal/golden"
	"github.com/kubecontainer/kubecontainer/internal/podspec"
)

// NewerPodStatusHelpers are the pod-level helpers kubelets added after
// v1.32, which a podstatus line of their minor checks beside
// PodStatusHelpers. A helper the line's kubelet lacks stays nil and its
// field of the line is not read.
type NewerPodStatusHelpers[PS, S any] struct {
	// HasAnyActiveRegularContainerStarted (v1.33).
	HasAnyActiveRegularContainerStarted func(*v1.PodSpec, *PS) bool
	// ShouldAllContainersRestart and AllContainersRestartCleanedUp (v1.35).
	ShouldAllContainersRestart    func(*v1.Pod, *PS, *v1.PodStatus) bool
	AllContainersRestartCleanedUp func(*v1.Pod, *PS) bool
	// ActiveContainerStatuses reads the field; with
	// FindActiveContainerStatusByName (v1.37) they give each lookup's
	// "foundActive".
	ActiveContainerStatuses         func(*PS) []*S
	FindActiveContainerStatusByName func(*PS, string) *S
}

// CheckLine checks the fields of a podstatus line that the helpers set
// give.
func (h NewerPodStatusHelpers[PS, S]) CheckLine(tb testing.TB, line golden.Line) []string {
	var g struct {
		Pod                                 v1.Pod        `json:"pod"`
		PodStatus                           *PS           `json:"podStatus"`
		APIPodStatus                        *v1.PodStatus `json:"apiPodStatus"`
		ShouldAllContainersRestart          bool          `json:"shouldAllContainersRestart"`
		AllContainersRestartCleanedUp       *bool         `json:"allContainersRestartCleanedUp"`
		HasAnyActiveRegularContainerStarted bool          `json:"hasAnyActiveRegularContainerStarted"`
		Lookups                             []struct {
			Name        string `json:"name"`
			FoundActive int    `json:"foundActive"`
		} `json:"lookups"`
	}
	line.Decode(tb, &g)
	var diffs []string
	diff := func(what string, got, want interface{}) {
		if !reflect.DeepEqual(got, want) {
			diffs = append(diffs, fmt.Sprintf("%s = %v, kubelet gives %v", what, got, want))
		}
	}
	if h.HasAnyActiveRegularContainerStarted != nil {
		diff("HasAnyActiveRegularContainerStarted", h.HasAnyActiveRegularContainerStarted(&g.Pod.Spec, g.PodStatus), g.HasAnyActiveRegularContainerStarted)
	}
	if h.ShouldAllContainersRestart != nil {
		diff("ShouldAllContainersRestart", h.ShouldAllContainersRestart(&g.Pod, g.PodStatus, g.APIPodStatus), g.ShouldAllContainersRestart)
	}
	if g.PodStatus == nil {
		diff("allContainersRestartCleanedUp without a podStatus", g.AllContainersRestartCleanedUp, (*bool)(nil))
		return diffs
	}
	if h.AllContainersRestartCleanedUp != nil {
		cleanedUp := h.AllContainersRestartCleanedUp(&g.Pod, g.PodStatus)
		diff("AllContainersRestartCleanedUp", &cleanedUp, g.AllContainersRestartCleanedUp)
	}
	if h.FindActiveContainerStatusByName != nil {
		var names, want []string
		podspec.VisitContainers(&g.Pod.Spec, func(c *v1.Container, _ podspec.Kind, _ int) bool {
			names = append(names, c.Name)
			return true
		})
		names = append(names, "not-in-pod")
		var got []string
		for i, name := range names {
			found := indexOf(h.ActiveContainerStatuses(g.PodStatus), h.FindActiveContainerStatusByName(g.PodStatus, name))
			got = append(got, fmt.Sprintf("%s:%d", name, found))
			if i < len(g.Lookups) {
				want = append(want, fmt.Sprintf("%s:%d", g.Lookups[i].Name, g.Lookups[i].FoundActive))
			}
		}
		diff("FindActiveContainerStatusByName", got, want)
	}
	return diffs
}
