package container

import (
	"fmt"
	"testing"
)

// parseGoldenLine is one line of testdata/parse.jsonl: a fullname line
// (ParsePodFullName) or a containerid line (ParseContainerID and the
// ContainerID methods).
type parseGoldenLine struct {
	Kind  string `json:"kind"`
	Input string `json:"input"`

	// fullname
	Name      string `json:"name"`
	Namespace string `json:"namespace"`
	Error     string `json:"error"`

	// containerid
	// Parsed is read as plain fields: ContainerID's own UnmarshalJSON
	// reads only the string form.
	Parsed           struct{ Type, ID string } `json:"parsed"`
	String           string                    `json:"string"`
	JSON             string                    `json:"json"`
	IsEmpty          bool                      `json:"isEmpty"`
	ParseStringError string                    `json:"parseStringError"`
}

// TestParseGolden checks ParsePodFullName, ParseContainerID,
// ContainerID.ParseString, String, MarshalJSON and IsEmpty against every
// line of testdata/parse.jsonl.
func TestParseGolden(t *testing.T) {
	captureKlog(t, "0") // ParseContainerID logs every invalid input
	lines := readGolden(t, "parse.jsonl")
	matched := 0
	for _, line := range lines {
		var g parseGoldenLine
		line.Decode(t, &g)
		var mismatches []string
		switch g.Kind {
		case "fullname":
			mismatches = checkFullNameGoldenLine(&g)
		case "containerid":
			mismatches = checkContainerIDGoldenLine(&g)
		default:
			mismatches = []string{fmt.Sprintf("unknown kind %q", g.Kind)}
		}
		for _, m := range mismatches {
			t.Errorf("%s: %s", line.Where, m)
		}
		if len(mismatches) == 0 {
			matched++
		}
	}
	t.Logf("parse.jsonl: %d/%d lines match", matched, len(lines))
}

func checkFullNameGoldenLine(g *parseGoldenLine) []string {
	name, namespace, err := ParsePodFullName(g.Input)
	errText := ""
	if err != nil {
		errText = err.Error()
	}
	if name != g.Name || namespace != g.Namespace || errText != g.Error {
		return []string{fmt.Sprintf("ParsePodFullName(%q) = %q, %q, %q; want %q, %q, %q",
			g.Input, name, namespace, errText, g.Name, g.Namespace, g.Error)}
	}
	return nil
}

func checkContainerIDGoldenLine(g *parseGoldenLine) []string {
	var diffs []string
	id := ParseContainerID(g.Input)
	if want := ContainerID(g.Parsed); id != want {
		diffs = append(diffs, fmt.Sprintf("ParseContainerID(%q) = %#v, want %#v", g.Input, id, want))
	}
	if got := id.String(); got != g.String {
		diffs = append(diffs, fmt.Sprintf("String() = %q, want %q", got, g.String))
	}
	if got, err := id.MarshalJSON(); err != nil || string(got) != g.JSON {
		diffs = append(diffs, fmt.Sprintf("MarshalJSON() = %q, %v; want %q", got, err, g.JSON))
	}
	if got := id.IsEmpty(); got != g.IsEmpty {
		diffs = append(diffs, fmt.Sprintf("IsEmpty() = %t, want %t", got, g.IsEmpty))
	}
	errText := ""
	if err := (&ContainerID{}).ParseString(g.Input); err != nil {
		errText = err.Error()
	}
	if errText != g.ParseStringError {
		diffs = append(diffs, fmt.Sprintf("ParseString(%q) error %q, want %q", g.Input, errText, g.ParseStringError))
	}
	return diffs
}
