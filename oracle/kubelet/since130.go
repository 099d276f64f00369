//go:build kubelet1.30

package main

import (
	"encoding/json"

	kc "k8s.io/kubernetes/pkg/kubelet/container"
)

// From v1.30 a RuntimeStatus has runtime handlers, and from v1.31
// features (runtimeFeatures, in since131.go and before131.go).

const since130 = true

var runtimeStatusInputs = append([]string{"conditions", "handlers"}, featuresInputs...)

func decodeRuntimeStatusExtras(rs *kc.RuntimeStatus, in map[string]json.RawMessage) error {
	handlers, err := decode[[]kc.RuntimeHandler](in, "handlers")
	if err != nil {
		return err
	}
	rs.Handlers = handlers
	return decodeFeatures(rs, in)
}

func runtimeStatusStrings(rs *kc.RuntimeStatus) line {
	handlerStrings := []string{}
	for i := range rs.Handlers {
		handlerStrings = append(handlerStrings, rs.Handlers[i].String())
	}
	return append(line{}.add("handlerStrings", handlerStrings), featuresString(rs)...)
}

func (g *gen) runtimeStatusExtras(l line) line {
	return g.runtimeFeaturesInput(l.add("handlers", g.runtimeHandlers()))
}
