//go:build kubelet1.35

package main

import (
	"encoding/json"
	"time"

	v1 "k8s.io/api/core/v1"
	"k8s.io/klog/v2"
	kc "k8s.io/kubernetes/pkg/kubelet/container"
)

// From v1.35: MakePortMappings and ShouldContainerBeRestarted take a
// logger; ShouldAllContainersRestart, AllContainersRestartCleanedUp and
// the backoff errors (the backoff lines of misc.jsonl, gen_errors.go).

const since135 = true

func makePortMappings(c *v1.Container) []kc.PortMapping {
	return kc.MakePortMappings(klog.Background(), c)
}

func shouldContainerBeRestarted(c *v1.Container, pod *v1.Pod, status *kc.PodStatus) bool {
	return kc.ShouldContainerBeRestarted(klog.Background(), c, pod, status)
}

func allContainersRestart(pod *v1.Pod, ps *kc.PodStatus, api *v1.PodStatus) line {
	out := line{}.add("shouldAllContainersRestart", kc.ShouldAllContainersRestart(pod, ps, api))
	if ps == nil {
		return out.add("allContainersRestartCleanedUp", nil)
	}
	return out.add("allContainersRestartCleanedUp", kc.AllContainersRestartCleanedUp(pod, ps))
}

// newerMiscKinds are the last kinds of misc.jsonl: a quarter podstatus
// lines, then backoff lines.
func (g *gen) newerMiscKinds(r int) []miscKind {
	return []miscKind{{r * 25 / 100, g.podStatusLine}, {0, g.backoffLine}}
}

func newBackoffError(inner error, at time.Time) (error, error) {
	return kc.NewBackoffError(inner, at), nil
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
