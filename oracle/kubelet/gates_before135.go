//go:build !kubelet1.35

package main

// Up to v1.34 the covered code reads one gate, EventedPLEG (default
// false), in the status cache (-find-gates, v1.27, v1.29, v1.32).

var readGates = []string{"EventedPLEG"}

var restartVariants []gateVariant
