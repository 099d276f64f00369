package container

import (
	"testing"

	"github.com/kubecontainer/kubecontainer/internal/helpercheck"
)

// The fuzz tests check the parsers and expansions against their rules
// (package helpercheck); their seeds are the golden inputs, so plain
// `go test` runs them as tests.

func parseSeeds(f *testing.F, kind string) []string {
	return helpercheck.Inputs(f, readGolden(f, "parse.jsonl"), kind)
}

func FuzzParsePodFullName(f *testing.F) {
	parsers.FuzzParsePodFullName(f, parseSeeds(f, "fullname"))
}

func FuzzParseString(f *testing.F) {
	parsers.FuzzParseString(f, parseSeeds(f, "containerid"))
}

func FuzzUnmarshalJSON(f *testing.F) {
	parsers.FuzzUnmarshalJSON(f, parseSeeds(f, "containerid"))
}

func FuzzParseContainerID(f *testing.F) {
	parsers.FuzzParseContainerID(f, parseSeeds(f, "containerid"))
}

func FuzzExpandContainerCommandAndArgs(f *testing.F) {
	expansions.FuzzCommandAndArgs(f)
}

func FuzzExpandContainerVolumeMounts(f *testing.F) {
	expansions.FuzzVolumeMounts(f)
}
