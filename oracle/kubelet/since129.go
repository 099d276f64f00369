//go:build kubelet1.29

package main

import ktesting "k8s.io/kubernetes/pkg/kubelet/container/testing"

// From v1.29: NewFakeReadyProvider.

const since129 = true

func addMinorFakes(fakes map[string]func() any) {
	fakes["FakeReadyProvider"] = func() any { return ktesting.NewFakeReadyProvider() }
}
