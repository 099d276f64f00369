package container

import (
	"testing"

	"github.com/kubecontainer/kubecontainer/internal/golden"
	"github.com/kubecontainer/kubecontainer/internal/helpercheck"
)

// The fuzz tests check the parsers and the expansions against their rules
// (package helpercheck); the golden inputs are their seeds, so plain
// `go test` runs them as tests.

func parseSeeds(f *testing.F, kind string) []string {
	return helpercheck.Inputs(f, golden.Lines(f, "parse.jsonl"), kind)
}

func FuzzParsePodFullName(f *testing.F) {
	parsers.FuzzParsePodFullName(f, parseSeeds(f, "fullname"))
}

func FuzzParseContainerID(f *testing.F) {
	helpercheck.CaptureKlog(f) // keeps the rejected inputs' log lines out of the output
	parsers.FuzzParseContainerID(f, parseSeeds(f, "containerid"))
}

func FuzzContainerIDParseString(f *testing.F) {
	parsers.FuzzParseString(f, parseSeeds(f, "containerid"))
}

func FuzzContainerIDUnmarshalJSON(f *testing.F) {
	parsers.FuzzUnmarshalJSON(f, parseSeeds(f, "containerid"))
}

func FuzzExpandContainerCommandAndArgs(f *testing.F) {
	expansions.FuzzCommandAndArgs(f)
}

func FuzzExpandContainerVolumeMounts(f *testing.F) {
	expansions.FuzzVolumeMounts(f)
}
