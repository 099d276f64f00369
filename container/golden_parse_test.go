package container

import (
	"testing"

	"github.com/kubecontainer/kubecontainer/internal/helpercheck"
)

// parsers are this line's parsers, for the checks both lines share.
var parsers = helpercheck.Parsers[ContainerID, *ContainerID]{
	BuildPodFullName: BuildPodFullName,
	ParsePodFullName: ParsePodFullName,
	ParseContainerID: ParseContainerID,
}

// TestParseGolden checks ParsePodFullName, ParseContainerID,
// ContainerID.ParseString, String, MarshalJSON and IsEmpty against every
// line of testdata/parse.jsonl.
func TestParseGolden(t *testing.T) {
	captureKlog(t, "0") // ParseContainerID logs every invalid input
	helpercheck.Walk(t, "parse.jsonl", readGolden(t, "parse.jsonl"), parsers.CheckLine)
}

// parseInputs returns the inputs of kind in testdata/parse.jsonl, the seed
// corpus of the fuzz tests.
func parseInputs(tb testing.TB, kind string) []string {
	return helpercheck.Inputs(tb, readGolden(tb, "parse.jsonl"), kind)
}

func FuzzParsePodFullName(f *testing.F) {
	parsers.FuzzParsePodFullName(f, parseInputs(f, "fullname"))
}

func FuzzContainerIDParseString(f *testing.F) {
	parsers.FuzzParseString(f, parseInputs(f, "containerid"))
}

func FuzzParseContainerID(f *testing.F) {
	captureKlog(f, "0") // keep the failures' log lines out of the output
	parsers.FuzzParseContainerID(f, parseInputs(f, "containerid"))
}

func FuzzContainerIDUnmarshalJSON(f *testing.F) {
	parsers.FuzzUnmarshalJSON(f, parseInputs(f, "containerid"))
}
