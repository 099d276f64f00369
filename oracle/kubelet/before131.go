//go:build !kubelet1.31

package main

import (
	"encoding/json"

	v1 "k8s.io/api/core/v1"
	kc "k8s.io/kubernetes/pkg/kubelet/container"
)

// Before v1.31 the kubelet hashes the whole container, with and without
// its resources, and a RuntimeStatus has no features.

const since131 = false

func hashExtras(c *v1.Container) line {
	return line{}.add("hashWithoutResources", kc.HashContainerWithoutResources(c))
}

var featuresInputs []string

func decodeFeatures(*kc.RuntimeStatus, map[string]json.RawMessage) error { return nil }

func featuresString(*kc.RuntimeStatus) line { return nil }

func (g *gen) runtimeFeaturesInput(l line) line { return l }
