package container

import (
	"testing"

	"github.com/kubecontainer/kubecontainer/internal/helpercheck"
)

// The fuzz tests check the parsers and the expansions against their rules
// (package helpercheck); the golden inputs are their seeds, so plain
// `go test` runs them as tests.

func FuzzParsePodFullName(f *testing.F) {
	parsers.FuzzParsePodFullName(f, helpercheck.ParseSeeds(f, "fullname"))
}

func FuzzParseContainerID(f *testing.F) {
	helpercheck.CaptureKlog(f) // keeps the rejected inputs' log lines out of the output
	parsers.FuzzParseContainerID(f, helpercheck.ParseSeeds(f, "containerid"))
}

func FuzzContainerIDParseString(f *testing.F) {
	parsers.FuzzParseString(f, helpercheck.ParseSeeds(f, "containerid"))
}

func FuzzContainerIDUnmarshalJSON(f *testing.F) {
	parsers.FuzzUnmarshalJSON(f, helpercheck.ParseSeeds(f, "containerid"))
}

func FuzzExpandContainerCommandAndArgs(f *testing.F) {
	expansions.FuzzCommandAndArgs(f)
}

func FuzzExpandContainerVolumeMounts(f *testing.F) {
	expansions.FuzzVolumeMounts(f)
}
