//go:build !kubelet1.30

package main

import (
	"encoding/json"

	kc "k8s.io/kubernetes/pkg/kubelet/container"
)

// Before v1.30 a RuntimeStatus has only conditions.

const since130 = false

var runtimeStatusInputs = []string{"conditions"}

func decodeRuntimeStatusExtras(*kc.RuntimeStatus, map[string]json.RawMessage) error { return nil }

func runtimeStatusStrings(*kc.RuntimeStatus) line { return nil }

func (g *gen) runtimeStatusExtras(l line) line { return l }
