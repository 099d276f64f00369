package container

import (
	"testing"

	"github.com/kubecontainer/kubecontainer/internal/helpercheck"
)

// podHelpers are this line's pod helpers, for the checks both lines share.
var podHelpers = helpercheck.PodHelpers[PortMapping]{
	GetPodFullName:                     GetPodFullName,
	BuildPodFullName:                   BuildPodFullName,
	IsHostNetworkPod:                   IsHostNetworkPod,
	HasPrivilegedContainer:             HasPrivilegedContainer,
	HasWindowsHostProcessContainer:     HasWindowsHostProcessContainer,
	AllContainersAreWindowsHostProcess: AllContainersAreWindowsHostProcess,
	MakePortMappings:                   MakePortMappings,
	GenerateContainerRef:               GenerateContainerRef,
	GetContainerSpec:                   GetContainerSpec,
}

// TestPodsGolden checks the pod helpers against every line of
// testdata/pods.jsonl, and that MakePortMappings logs one line per dropped
// port.
func TestPodsGolden(t *testing.T) {
	logs := captureKlog(t, "0")
	lines := readGolden(t, "pods.jsonl")
	helpercheck.Walk(t, "pods.jsonl", lines, podHelpers.CheckLine)
	dropped := 0
	for _, line := range lines {
		dropped += helpercheck.DroppedPorts(t, line)
	}
	// CheckLine calls MakePortMappings once per container.
	if got := len(logs.Entries()); got != dropped {
		t.Errorf("MakePortMappings logged %d lines for %d dropped ports", got, dropped)
	}
}
