//go:build !kubelet1.35

package main

import (
	"encoding/json"
	"errors"
	"time"

	v1 "k8s.io/api/core/v1"
	kc "k8s.io/kubernetes/pkg/kubelet/container"
)

// Before v1.35 MakePortMappings and ShouldContainerBeRestarted log through
// klog's global functions, and there are no backoff errors.

const since135 = false

func makePortMappings(c *v1.Container) []kc.PortMapping { return kc.MakePortMappings(c) }

func shouldContainerBeRestarted(c *v1.Container, pod *v1.Pod, status *kc.PodStatus) bool {
	return kc.ShouldContainerBeRestarted(c, pod, status)
}

func allContainersRestart(*v1.Pod, *kc.PodStatus, *v1.PodStatus) line { return nil }

func newBackoffError(error, time.Time) (error, error) {
	return nil, errors.New("backoff errors begin with v1.35")
}

func computeBackoff(map[string]json.RawMessage) (line, error) {
	return nil, errors.New("backoff lines begin with v1.35")
}

// newerMiscKinds is the last kind of misc.jsonl: podstatus lines from
// v1.28, none before.
func (g *gen) newerMiscKinds(int) []miscKind {
	if !since128 {
		return nil
	}
	return []miscKind{{0, g.podStatusLine}}
}
