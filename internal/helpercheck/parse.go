package helpercheck

import (
	"fmt"
	"strings"
	"testing"

	"github.com/kubecontainer/kubecontainer/internal/golden"
)

// ContainerID is satisfied by every line's ContainerID.
type ContainerID interface {
	~struct {
		Type string
		ID   string
	}
}

// idPair is the struct type every ContainerID has underneath.
type idPair = struct {
	Type string
	ID   string
}

// ContainerIDMethods are the methods every line's *ContainerID has.
type ContainerIDMethods[ID ContainerID] interface {
	*ID
	String() string
	IsEmpty() bool
	MarshalJSON() ([]byte, error)
	ParseString(data string) error
	UnmarshalJSON(data []byte) error
}

// Parsers are a line's parsers: the pod full name and the container ID,
// with ParseContainerID given whatever logger the line needs.
type Parsers[ID ContainerID, P ContainerIDMethods[ID]] struct {
	BuildPodFullName func(name, namespace string) string
	ParsePodFullName func(fullName string) (string, string, error)
	ParseContainerID func(data string) ID
	// Logs, when set, returns the lines ParseContainerID has logged
	// (RecordingLogger, CaptureKlog): CheckLine then also checks that it
	// logs one line for each input it rejects and none otherwise.
	Logs func() []string
}

// CheckLine checks a parse.jsonl line, a "fullname" or a "containerid" one.
func (p Parsers[ID, P]) CheckLine(tb testing.TB, line golden.Line) []string {
	var g struct {
		Kind  string `json:"kind"`
		Input string `json:"input"`
		// fullname
		Name      string `json:"name"`
		Namespace string `json:"namespace"`
		Error     string `json:"error"`
		// containerid; Parsed is read as plain fields, as ContainerID's
		// own UnmarshalJSON reads only the string form.
		Parsed           idPair `json:"parsed"`
		String           string `json:"string"`
		JSON             string `json:"json"`
		IsEmpty          bool   `json:"isEmpty"`
		ParseStringError string `json:"parseStringError"`
	}
	line.Decode(tb, &g)
	switch g.Kind {
	case "fullname":
		name, namespace, err := p.ParsePodFullName(g.Input)
		if name != g.Name || namespace != g.Namespace || errorText(err) != g.Error {
			return []string{fmt.Sprintf("ParsePodFullName(%q) = %q, %q, %q; want %q, %q, %q",
				g.Input, name, namespace, errorText(err), g.Name, g.Namespace, g.Error)}
		}
		return nil
	case "containerid":
	default:
		return []string{fmt.Sprintf("unknown kind %q", g.Kind)}
	}
	var diffs []string
	differ := func(format string, args ...interface{}) { diffs = append(diffs, fmt.Sprintf(format, args...)) }
	logged := countLogs(p.Logs)
	id := p.ParseContainerID(g.Input)
	wantLogged := 0
	if g.ParseStringError != "" {
		wantLogged = 1
	}
	if n := countLogs(p.Logs) - logged; p.Logs != nil && n != wantLogged {
		differ("ParseContainerID(%q) logged %d lines, want %d", g.Input, n, wantLogged)
	}
	if idPair(id) != g.Parsed {
		differ("ParseContainerID(%q) = %#v, want %#v", g.Input, idPair(id), g.Parsed)
	}
	methods := P(&id)
	if got := methods.String(); got != g.String {
		differ("String() = %q, want %q", got, g.String)
	}
	if got, err := methods.MarshalJSON(); err != nil || string(got) != g.JSON {
		differ("MarshalJSON() = %q, %v; want %q", got, err, g.JSON)
	}
	if got := methods.IsEmpty(); got != g.IsEmpty {
		differ("IsEmpty() = %t, want %t", got, g.IsEmpty)
	}
	if err := P(new(ID)).ParseString(g.Input); errorText(err) != g.ParseStringError {
		differ("ParseString(%q) error %q, want %q", g.Input, errorText(err), g.ParseStringError)
	}
	return diffs
}

// Inputs returns the inputs of the parse.jsonl lines of kind ("fullname"
// or "containerid"), the seed corpus of the fuzz tests.
func Inputs(tb testing.TB, lines []golden.Line, kind string) []string {
	var inputs []string
	for _, line := range lines {
		var g struct {
			Kind  string `json:"kind"`
			Input string `json:"input"`
		}
		line.Decode(tb, &g)
		if g.Kind == kind {
			inputs = append(inputs, g.Input)
		}
	}
	return inputs
}

// ParseSeeds returns the inputs of kind in the line's parse.jsonl
// (golden.Lines), the seeds of its fuzz tests.
func ParseSeeds(f *testing.F, kind string) []string {
	return Inputs(f, golden.Lines(f, "parse.jsonl"), kind)
}

// FuzzParsePodFullName checks ParsePodFullName against its rule: a split
// on every "_" into exactly two non-empty parts, which BuildPodFullName
// joins back; anything else is the upstream error with empty results.
func (p Parsers[ID, P]) FuzzParsePodFullName(f *testing.F, seeds []string) {
	for _, seed := range seeds {
		f.Add(seed)
	}
	f.Fuzz(func(t *testing.T, input string) {
		name, namespace, err := p.ParsePodFullName(input)
		parts := strings.Split(input, "_")
		if len(parts) != 2 || parts[0] == "" || parts[1] == "" {
			want := fmt.Sprintf("failed to parse the pod full name %q", input)
			if err == nil || err.Error() != want || name != "" || namespace != "" {
				t.Fatalf("ParsePodFullName(%q) = %q, %q, %v; want the error %q", input, name, namespace, err, want)
			}
			return
		}
		if err != nil || p.BuildPodFullName(name, namespace) != input {
			t.Fatalf("ParsePodFullName(%q) = %q, %q, %v; does not rebuild the input", input, name, namespace, err)
		}
	})
}

// FuzzParseString checks (*ContainerID).ParseString against its rule.
func (p Parsers[ID, P]) FuzzParseString(f *testing.F, seeds []string) {
	for _, seed := range seeds {
		f.Add(seed)
	}
	f.Fuzz(func(t *testing.T, input string) {
		before := ID(idPair{Type: "keep", ID: "me"})
		after := before
		err := P(&after).ParseString(input)
		checkParsedContainerID[ID, P](t, input, before, after, err)
	})
}

// FuzzUnmarshalJSON checks (*ContainerID).UnmarshalJSON, which is
// ParseString of the raw token.
func (p Parsers[ID, P]) FuzzUnmarshalJSON(f *testing.F, seeds []string) {
	for _, seed := range seeds {
		f.Add([]byte(seed))
	}
	f.Fuzz(func(t *testing.T, data []byte) {
		before := ID(idPair{Type: "keep", ID: "me"})
		after := before
		err := P(&after).UnmarshalJSON(data)
		checkParsedContainerID[ID, P](t, string(data), before, after, err)
	})
}

// FuzzParseContainerID checks that ParseContainerID gives what ParseString
// gives, and the zero ID on failure.
func (p Parsers[ID, P]) FuzzParseContainerID(f *testing.F, seeds []string) {
	for _, seed := range seeds {
		f.Add(seed)
	}
	f.Fuzz(func(t *testing.T, input string) {
		var want ID
		err := P(&want).ParseString(input)
		if got := p.ParseContainerID(input); got != want {
			t.Fatalf("ParseContainerID(%q) = %#v, want %#v (ParseString error %v)", input, got, want, err)
		}
		checkParsedContainerID[ID, P](t, input, ID{}, want, err)
	})
}

// checkParsedContainerID checks the result of parsing input into a
// ContainerID that held before. The oracle is the rule itself: split the
// input, stripped of surrounding quotes, at every "://" and require exactly
// two parts. On success the ID round-trips through String and ParseString;
// on failure before is unchanged and the error has the upstream text.
func checkParsedContainerID[ID ContainerID, P ContainerIDMethods[ID]](t *testing.T, input string, before, after ID, err error) {
	t.Helper()
	parts := strings.Split(strings.Trim(input, `"`), "://")
	if valid := len(parts) == 2; valid != (err == nil) {
		t.Fatalf("ParseString(%q) error %v, but the input splits into %d parts", input, err, len(parts))
	}
	if err != nil {
		if want := fmt.Sprintf("invalid container ID: %q", input); err.Error() != want {
			t.Fatalf("ParseString(%q) error %q, want %q", input, err, want)
		}
		if after != before {
			t.Fatalf("ParseString(%q) failed but changed %#v to %#v", input, before, after)
		}
		return
	}
	if want := (idPair{Type: parts[0], ID: parts[1]}); idPair(after) != want {
		t.Fatalf("ParseString(%q) = %#v, want %#v", input, after, want)
	}
	var again ID
	if err := P(&again).ParseString(P(&after).String()); err != nil || again != after {
		t.Fatalf("ParseString(%q) = %#v does not round-trip: %#v, %v", input, after, again, err)
	}
	encoded, err := P(&after).MarshalJSON()
	if err != nil || string(encoded) != fmt.Sprintf("%q", P(&after).String()) {
		t.Fatalf("MarshalJSON of %#v = %q, %v", after, encoded, err)
	}
}
