package statuscheck

import (
	"fmt"
	"testing"

	v1 "k8s.io/api/core/v1"

	"github.com/kubecontainer/kubecontainer/internal/golden"
	"github.com/kubecontainer/kubecontainer/internal/helpercheck"
)

// Restart checks a line of restart.jsonl (or of a file of the same shape):
// decide (a line's ShouldContainerBeRestarted, given the line's pod and its
// PodStatus of type PS) must give each result, for every regular container
// of the pod in order and then every init container.
func Restart[PS any](decide func(c *v1.Container, pod *v1.Pod, status *PS) bool) helpercheck.Check {
	return func(tb testing.TB, line golden.Line) []string {
		var g struct {
			Pod       v1.Pod `json:"pod"`
			PodStatus PS     `json:"podStatus"`
			Results   []struct {
				Container string `json:"container"`
				Type      string `json:"type"`
				Restart   bool   `json:"restart"`
			} `json:"results"`
		}
		line.Decode(tb, &g)
		var targets []*v1.Container
		var kinds []string
		for i := range g.Pod.Spec.Containers {
			targets, kinds = append(targets, &g.Pod.Spec.Containers[i]), append(kinds, "regular")
		}
		for i := range g.Pod.Spec.InitContainers {
			targets, kinds = append(targets, &g.Pod.Spec.InitContainers[i]), append(kinds, "init")
		}
		if len(targets) != len(g.Results) {
			return []string{fmt.Sprintf("%d results for %d containers", len(g.Results), len(targets))}
		}
		var diffs []string
		for i, want := range g.Results {
			c := targets[i]
			if want.Container != c.Name || want.Type != kinds[i] {
				diffs = append(diffs, fmt.Sprintf("results[%d] is for %s %q, the pod has %s %q", i, want.Type, want.Container, kinds[i], c.Name))
				continue
			}
			if got := decide(c, &g.Pod, &g.PodStatus); got != want.Restart {
				diffs = append(diffs, fmt.Sprintf("ShouldContainerBeRestarted(%s %q) = %t, kubelet gives %t", kinds[i], c.Name, got, want.Restart))
			}
		}
		return diffs
	}
}
