//go:build kubelet1.33

package main

import (
	v1 "k8s.io/api/core/v1"
	kc "k8s.io/kubernetes/pkg/kubelet/container"
)

// From v1.33: HasAnyActiveRegularContainerStarted.

const since133 = true

func activeRegularStarted(spec *v1.PodSpec, ps *kc.PodStatus) line {
	return line{}.add("hasAnyActiveRegularContainerStarted", kc.HasAnyActiveRegularContainerStarted(spec, ps))
}
