package container

import "testing"

// FuzzExpandContainerVolumeMounts compares ExpandContainerVolumeMounts with
// the map-per-call reference (see helpercheck.Expansions.FuzzVolumeMounts).
func FuzzExpandContainerVolumeMounts(f *testing.F) {
	expansions.FuzzVolumeMounts(f)
}

// FuzzExpandContainerCommandAndArgs compares ExpandContainerCommandAndArgs
// and ExpandContainerCommandOnlyStatic with the map-per-call reference.
func FuzzExpandContainerCommandAndArgs(f *testing.F) {
	expansions.FuzzCommandAndArgs(f)
}
