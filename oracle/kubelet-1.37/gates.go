package main

import (
	"fmt"

	utilfeature "k8s.io/apiserver/pkg/util/feature"
	"k8s.io/component-base/featuregate"
	"k8s.io/kubernetes/pkg/features"
)

// The feature gates that the covered v1.37 functions read.
var readGates = []featuregate.Feature{
	features.ContainerRestartRules,
	features.RestartAllContainersOnContainerExits,
	features.EventedPLEG,
}

// gateValues reports the current value of every gate in readGates.
func gateValues() map[string]bool {
	m := make(map[string]bool, len(readGates))
	for _, g := range readGates {
		m[string(g)] = utilfeature.DefaultFeatureGate.Enabled(g)
	}
	return m
}

// withGates runs fn with the given gates set and restores the previous
// values afterwards.
func withGates(set map[string]bool, fn func() error) error {
	if len(set) == 0 {
		return fn()
	}
	before := gateValues()
	if err := utilfeature.DefaultMutableFeatureGate.SetFromMap(set); err != nil {
		return fmt.Errorf("set gates %v: %w", set, err)
	}
	defer func() {
		restore := make(map[string]bool, len(set))
		for k := range set {
			restore[k] = before[k]
		}
		if err := utilfeature.DefaultMutableFeatureGate.SetFromMap(restore); err != nil {
			panic(fmt.Sprintf("restore gates %v: %v", restore, err))
		}
	}()
	return fn()
}
