package statuscheck

import (
	"fmt"
	"testing"

	runtimeapi "k8s.io/cri-api/pkg/apis/runtime/v1"

	"github.com/kubecontainer/kubecontainer/internal/golden"
	"github.com/kubecontainer/kubecontainer/internal/helpercheck"
)

// SandboxState checks a sandboxstate line, {"state": n, "result": s},
// against a line's SandboxToContainerState.
func SandboxState[S ~string](sandboxToContainerState func(runtimeapi.PodSandboxState) S) helpercheck.Check {
	return func(tb testing.TB, line golden.Line) []string {
		var g struct {
			State  int32  `json:"state"`
			Result string `json:"result"`
		}
		line.Decode(tb, &g)
		if got := sandboxToContainerState(runtimeapi.PodSandboxState(g.State)); string(got) != g.Result {
			return []string{fmt.Sprintf("SandboxToContainerState(%d) = %q, kubelet gives %q", g.State, got, g.Result)}
		}
		return nil
	}
}
