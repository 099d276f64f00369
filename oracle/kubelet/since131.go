//go:build kubelet1.31

package main

import (
	"encoding/json"

	v1 "k8s.io/api/core/v1"
	kc "k8s.io/kubernetes/pkg/kubelet/container"
)

// From v1.31 the hash covers name and image only (HashContainer alone),
// and a RuntimeStatus has features.

const since131 = true

func hashExtras(*v1.Container) line { return nil }

var featuresInputs = []string{"features"}

func decodeFeatures(rs *kc.RuntimeStatus, in map[string]json.RawMessage) error {
	features, err := decode[*kc.RuntimeFeatures](in, "features")
	rs.Features = features
	return err
}

func featuresString(rs *kc.RuntimeStatus) line {
	return line{}.add("featuresString", rs.Features.String())
}

func (g *gen) runtimeFeaturesInput(l line) line { return l.add("features", g.runtimeFeatures()) }
