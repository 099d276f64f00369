//go:build kubelet1.28

package main

import (
	"encoding/json"

	v1 "k8s.io/api/core/v1"
	kc "k8s.io/kubernetes/pkg/kubelet/container"
)

// From v1.28: HasAnyRegularContainerStarted, and with it the podstatus
// lines of misc.jsonl.

const since128 = true

type statusLookup struct {
	Name        string `json:"name"`
	Found       int    `json:"found"`
	FoundActive *int   `json:"foundActive,omitempty"`
}

func indexOf(list []*kc.Status, s *kc.Status) int {
	for i, e := range list {
		if s != nil && e == s {
			return i
		}
	}
	return -1
}

// computePodStatus computes a podstatus line: the pod-level helpers of the
// minor, in the order the public sets give them.
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
	out := allContainersRestart(&pod, ps, api)
	var apiStatuses []v1.ContainerStatus
	if api != nil {
		apiStatuses = api.ContainerStatuses
	}
	out = out.add("hasAnyRegularContainerStarted", kc.HasAnyRegularContainerStarted(&pod.Spec, apiStatuses))
	out = append(out, activeRegularStarted(&pod.Spec, ps)...)
	if ps == nil {
		return out.add("lookups", nil).add("running", nil), nil
	}
	lookups := []statusLookup{}
	for _, name := range append(podNames(&pod), notInPod) {
		lookups = append(lookups, statusLookup{
			Name:        name,
			Found:       indexOf(ps.ContainerStatuses, ps.FindContainerStatusByName(name)),
			FoundActive: activeIndex(ps, name),
		})
	}
	running := []int{}
	for _, s := range ps.GetRunningContainerStatuses() {
		running = append(running, indexOf(ps.ContainerStatuses, s))
	}
	return out.add("lookups", lookups).add("running", running), nil
}

func (g *gen) podStatusLine() (line, bool) {
	pod := g.restartPod(0.7, g.chance(0.4))
	var ps *kc.PodStatus
	if !g.chance(0.1) {
		s := g.podStatus(&pod)
		ps = &s
	}
	praw, ok1 := input(g, pod)
	sraw, ok2 := input(g, ps)
	araw, ok3 := input(g, g.apiPodStatus(podNames(&pod)))
	return line{}.add("kind", "podstatus").addRaw("pod", praw).addRaw("podStatus", sraw).addRaw("apiPodStatus", araw), ok1 && ok2 && ok3
}
