//go:build !kubelet1.33

package main

import (
	v1 "k8s.io/api/core/v1"
	kc "k8s.io/kubernetes/pkg/kubelet/container"
)

// Before v1.33 a PodStatus has no active container statuses.

const since133 = false

func activeRegularStarted(*v1.PodSpec, *kc.PodStatus) line { return nil }
