package podspec

import (
	v1 "k8s.io/api/core/v1"
)

// Kind says which list of a pod's spec a container belongs to.
type Kind int

const (
	// Init is a container of spec.initContainers.
	Init Kind = iota
	// Regular is a container of spec.containers.
	Regular
	// Ephemeral is a container of spec.ephemeralContainers.
	Ephemeral
)

// String returns the kind as the kubelet's messages and the command's
// output name it: "init", "regular" or "ephemeral".
func (k Kind) String() string {
	switch k {
	case Init:
		return "init"
	case Regular:
		return "regular"
	case Ephemeral:
		return "ephemeral"
	}
	return "unknown"
}

// ListName returns the JSON name of the pod spec's list of containers of
// this kind: "initContainers", "containers" or "ephemeralContainers".
func (k Kind) ListName() string {
	switch k {
	case Init:
		return "initContainers"
	case Ephemeral:
		return "ephemeralContainers"
	}
	return "containers"
}

// VisitContainers calls visit for each container of spec: the init
// containers, then the regular ones, then the common part of the ephemeral
// ones, each as a pointer into spec together with its kind and its index
// in its list. It stops as soon as visit returns false and reports whether
// every container was visited.
func VisitContainers(spec *v1.PodSpec, visit func(c *v1.Container, kind Kind, index int) bool) bool {
	for i := range spec.InitContainers {
		if !visit(&spec.InitContainers[i], Init, i) {
			return false
		}
	}
	for i := range spec.Containers {
		if !visit(&spec.Containers[i], Regular, i) {
			return false
		}
	}
	for i := range spec.EphemeralContainers {
		if !visit((*v1.Container)(&spec.EphemeralContainers[i].EphemeralContainerCommon), Ephemeral, i) {
			return false
		}
	}
	return true
}
