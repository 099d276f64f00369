package runtimepod

import (
	runtimeapi "k8s.io/cri-api/pkg/apis/runtime/v1"
)

// The container states a sandbox state maps to, as the lines' State
// constants spell them.
const (
	StateRunning = "running"
	StateExited  = "exited"
	StateUnknown = "unknown"
)

// SandboxState returns the container state that stands for a CRI sandbox
// state: a ready sandbox is "running", a not-ready one "exited", any other
// value (the CRI defines no other) "unknown".
func SandboxState(state runtimeapi.PodSandboxState) string {
	switch state {
	case runtimeapi.PodSandboxState_SANDBOX_READY:
		return StateRunning
	case runtimeapi.PodSandboxState_SANDBOX_NOTREADY:
		return StateExited
	}
	return StateUnknown
}

// Sandboxes returns newSandbox(sandbox.Id, SandboxState(sandbox.State)) for
// every sandbox, in order: the containers that stand for a pod's sandboxes
// in a running pod. The result stays nil when sandboxes is empty. A nil
// sandbox makes it panic, as it does the kubelet.
func Sandboxes[C any](sandboxes []*runtimeapi.PodSandboxStatus, newSandbox func(id, state string) *C) []*C {
	var converted []*C
	for _, sandbox := range sandboxes {
		converted = append(converted, newSandbox(sandbox.Id, SandboxState(sandbox.State)))
	}
	return converted
}
