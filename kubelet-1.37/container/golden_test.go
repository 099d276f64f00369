package container

import (
	"testing"

	"github.com/kubecontainer/kubecontainer/internal/golden"
)

// goldenSets are the folders of golden data the line is tested against,
// both computed by the real kubelet v1.37.2 with the same line shapes: the
// public set copied from shared/golden-1.37, and the project's own set,
// made by oracle/kubelet-1.37 (`make golden`). See testdata/README.md.
var goldenSets = []string{"testdata/shared", "testdata"}

// readGolden returns the lines of the file name of every golden set, in
// order. A set that lacks the file, or whose file is empty or shorter than
// its manifest.json says, fails the test; the other sets are still read.
func readGolden(tb testing.TB, name string) []golden.Line {
	tb.Helper()
	return golden.ReadSets(tb, goldenSets, name)
}
