package container

import (
	"encoding/json"
	"strings"
	"testing"

	"github.com/go-logr/logr"
	"k8s.io/klog/v2"

	"github.com/kubecontainer/kubecontainer/internal/helpercheck"
)

func TestParseContainerIDLogsToTheGivenLogger(t *testing.T) {
	logger, logged := recordingLogger()
	if id := ParseContainerID(logger, "containerd://abc"); id != BuildContainerID("containerd", "abc") {
		t.Errorf("ParseContainerID = %#v", id)
	}
	if id := ParseContainerID(logger, "no-separator"); !id.IsEmpty() {
		t.Errorf("ParseContainerID of an invalid ID = %#v, want the zero ID", id)
	}
	lines := logged()
	if len(lines) != 1 || !strings.Contains(lines[0], `invalid container ID: \"no-separator\"`) {
		t.Errorf("logged %q", lines)
	}
	// A discarding logger is fine too.
	if id := ParseContainerID(logr.Discard(), "x"); !id.IsEmpty() {
		t.Errorf("ParseContainerID = %#v", id)
	}
}

func TestContainerIDInStatusJSON(t *testing.T) {
	in := []*Status{{ID: BuildContainerID("cri-o", "0123"), Name: "app"}}
	data, err := json.Marshal(in)
	if err != nil || !strings.Contains(string(data), `"ID":"cri-o://0123"`) {
		t.Fatalf("json.Marshal = %s, %v", data, err)
	}
	var out []*Status
	if err := json.Unmarshal(data, &out); err != nil || out[0].ID != in[0].ID {
		t.Fatalf("json.Unmarshal = %#v, %v", out, err)
	}
	// As a plain value the ID has no MarshalJSON and is an object.
	plain, _ := json.Marshal(map[string]ContainerID{"id": in[0].ID})
	if string(plain) != `{"id":{"Type":"cri-o","ID":"0123"}}` {
		t.Errorf("a plain ContainerID value encodes as %s", plain)
	}
}

// parseSeeds returns the inputs of kind of both sets' parse.jsonl.
func parseSeeds(tb testing.TB, kind string) []string {
	return helpercheck.Inputs(tb, readGolden(tb, "parse.jsonl"), kind)
}

func FuzzParsePodFullName(f *testing.F) {
	lineParsers(klog.Background()).FuzzParsePodFullName(f, parseSeeds(f, "fullname"))
}

func FuzzParseContainerID(f *testing.F) {
	discard := logr.Discard()
	lineParsers(discard).FuzzParseContainerID(f, parseSeeds(f, "containerid"))
}

func FuzzContainerIDParseString(f *testing.F) {
	lineParsers(klog.Background()).FuzzParseString(f, parseSeeds(f, "containerid"))
}

func FuzzContainerIDUnmarshalJSON(f *testing.F) {
	lineParsers(klog.Background()).FuzzUnmarshalJSON(f, parseSeeds(f, "containerid"))
}
