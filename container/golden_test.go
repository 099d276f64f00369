package container

import (
	"testing"

	"github.com/kubecontainer/kubecontainer/internal/golden"
)

// goldenLine is one line of a golden file from testdata, computed by kubelet
// v1.27.16 (see testdata/README.md).
type goldenLine = golden.Line

// readGolden returns the lines of testdata/name, failing the test if the
// file is missing or has another length than testdata/manifest.json says.
func readGolden(tb testing.TB, name string) []goldenLine {
	tb.Helper()
	return golden.Read(tb, "testdata", name)
}
