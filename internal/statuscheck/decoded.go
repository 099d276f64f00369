package statuscheck

import (
	"bytes"
	"encoding/json"
	"fmt"
	"testing"

	"github.com/kubecontainer/kubecontainer/internal/golden"
	"github.com/kubecontainer/kubecontainer/internal/helpercheck"
)

// Decoded returns the line decoded into a new R. encoding/json matches the
// line's keys with R's field names regardless of case, so a runtimestatus
// line decodes into a line's RuntimeStatus ("conditions" into Conditions,
// "handlers" into Handlers, ...): pass Decoded[RuntimeStatus] to
// RuntimeStatus.
func Decoded[R any](tb testing.TB, line golden.Line) *R {
	var r R
	line.Decode(tb, &r)
	return &r
}

// RunningPodDecoded checks a runningpod line as RunningPod does, with the
// line's "podStatus" decoded straight into the line's PodStatus PS: each
// sandbox's id, state and metadata land in the CRI status (its createdAt
// does not, as the CRI spells it created_at), which is all
// ConvertPodStatusToRunningPod reads.
func RunningPodDecoded[PS, P any](convert func(runtimeName string, status *PS) P) helpercheck.Check {
	return func(tb testing.TB, line golden.Line) []string {
		var g struct {
			RuntimeName string          `json:"runtimeName"`
			PodStatus   PS              `json:"podStatus"`
			Pod         json.RawMessage `json:"pod"`
		}
		line.Decode(tb, &g)
		pod := convert(g.RuntimeName, &g.PodStatus)
		got, err := json.Marshal(&pod)
		if err != nil {
			return []string{fmt.Sprintf("encoding the running pod: %v", err)}
		}
		if !bytes.Equal(got, g.Pod) {
			return []string{fmt.Sprintf("ConvertPodStatusToRunningPod(%q) = %s, kubelet gives %s", g.RuntimeName, got, g.Pod)}
		}
		return nil
	}
}
