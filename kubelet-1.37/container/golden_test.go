package container

import (
	"testing"

	"github.com/kubecontainer/kubecontainer/internal/golden"
)

// goldenSets are the folders of golden data the line is tested against,
// both computed by the real kubelet v1.37.2 with the same line shapes: the
// project's own set, made by oracle/kubelet-1.37 (`make golden`), and the
// public set copied from shared/golden-1.37. See testdata/README.md.
var goldenSets = []string{"testdata", "testdata/shared"}

// readGolden returns the lines of the file name of every golden set, in
// order, failing the test if a set lacks the file or it is empty or
// shorter than the set's manifest.json says.
func readGolden(tb testing.TB, name string) []golden.Line {
	tb.Helper()
	var lines []golden.Line
	for _, dir := range goldenSets {
		lines = append(lines, golden.Read(tb, dir, name)...)
	}
	return lines
}
