package main

import (
	"fmt"
	"regexp"
	"sort"
	"strings"

	utilfeature "k8s.io/apiserver/pkg/util/feature"
	"k8s.io/component-base/featuregate"
)

// gateValues reports the current value of each gate named.
func gateValues(names []string) map[string]bool {
	m := make(map[string]bool, len(names))
	for _, name := range names {
		m[name] = utilfeature.DefaultFeatureGate.Enabled(featuregate.Feature(name))
	}
	return m
}

// allGates lists the gates of the registry that can be flipped (not
// locked to their default), sorted, without AllAlpha and AllBeta, which
// flip whole groups of gates.
func allGates() []string {
	var out []string
	for name, spec := range utilfeature.DefaultMutableFeatureGate.GetAll() {
		if !spec.LockToDefault && name != "AllAlpha" && name != "AllBeta" {
			out = append(out, string(name))
		}
	}
	sort.Strings(out)
	return out
}

// withGates runs fn with the given gates set and afterwards sets them back,
// and every other gate of the registry whose value changed.
func withGates(set map[string]bool, fn func() error) error {
	if len(set) == 0 {
		return fn()
	}
	names := allGates()
	before := gateValues(names)
	defer func() {
		// The registry keeps refused values without showing them: the
		// gates of set are always set back.
		restore := map[string]bool{}
		for name := range set {
			restore[name] = before[name]
		}
		for name, v := range gateValues(names) {
			if v != before[name] {
				restore[name] = before[name]
			}
		}
		if err := utilfeature.DefaultMutableFeatureGate.SetFromMap(restore); err != nil {
			panic(fmt.Sprintf("restore gates %v: %v", restore, err))
		}
	}()
	if err := utilfeature.DefaultMutableFeatureGate.SetFromMap(set); err != nil {
		return fmt.Errorf("set gates %v: %w", set, err)
	}
	return fn()
}

// dependencies are the gates to set along with set, from the registry's
// refusal err: a gate that depends on one turned off is turned off too,
// and the gates a gate turned on depends on are turned on too.
func dependencies(err error, set map[string]bool) map[string]bool {
	out := map[string]bool{}
	for _, m := range refusal.FindAllStringSubmatch(err.Error(), -1) {
		gate, deps := m[1], strings.Split(m[2], " ")
		if on, ok := set[gate]; ok && on {
			for _, dep := range deps {
				out[dep] = true
			}
			continue
		}
		for _, dep := range deps {
			if on, ok := set[dep]; ok && !on {
				out[gate] = false
			}
		}
	}
	return out
}

// refusal matches one complaint of the registry's SetFromMap.
var refusal = regexp.MustCompile(`(\w+) is enabled, but depends on features that are disabled: \[([^\]]*)\]`)
