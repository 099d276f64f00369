//go:build !kubelet1.29

package main

// Before v1.29 there is no FakeReadyProvider.

const since129 = false

func addMinorFakes(map[string]func() any) {}
