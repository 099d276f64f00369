package container

import (
	"bytes"
	"encoding/json"
	"fmt"
	"testing"

	v1 "k8s.io/api/core/v1"
)

// podsGoldenLine is one line of testdata/pods.jsonl: a pod and what the
// kubelet's pod helpers returned for it.
type podsGoldenLine struct {
	Pod                   v1.Pod `json:"pod"`
	FullName              string `json:"fullName"`
	IsHostNetwork         bool   `json:"isHostNetwork"`
	HasPrivileged         bool   `json:"hasPrivileged"`
	HasWindowsHostProcess bool   `json:"hasWindowsHostProcess"`
	AllWindowsHostProcess bool   `json:"allWindowsHostProcess"`
	PortMappings          []struct {
		Container string          `json:"container"`
		Mappings  json.RawMessage `json:"mappings"`
	} `json:"portMappings"`
	Refs []struct {
		Container string          `json:"container"`
		Type      string          `json:"type"`
		Ref       json.RawMessage `json:"ref"`
		Error     string          `json:"error"`
	} `json:"refs"`
	ContainerSpecs []struct {
		Name       string  `json:"name"`
		Found      *string `json:"found"`
		FoundType  *string `json:"foundType"`
		FoundIndex int     `json:"foundIndex"`
	} `json:"containerSpecs"`
}

// TestPodsGolden checks GetPodFullName, IsHostNetworkPod,
// HasPrivilegedContainer, HasWindowsHostProcessContainer,
// AllContainersAreWindowsHostProcess, MakePortMappings, GenerateContainerRef
// and GetContainerSpec against every line of testdata/pods.jsonl.
// It also checks that MakePortMappings logs one line per dropped port.
func TestPodsGolden(t *testing.T) {
	logs := captureKlog(t, "0")
	lines := readGolden(t, "pods.jsonl")
	matched, dropped := 0, 0
	for _, line := range lines {
		var g podsGoldenLine
		line.Decode(t, &g)
		mismatches := checkPodsGoldenLine(&g)
		for _, m := range mismatches {
			t.Errorf("%s: %s", line.Where, m)
		}
		if len(mismatches) == 0 {
			matched++
		}
		dropped += podsGoldenDroppedPorts(&g)
	}
	t.Logf("pods.jsonl: %d/%d lines match", matched, len(lines))
	// checkPodsGoldenLine calls MakePortMappings once per container.
	if got := len(logs.Entries()); got != dropped {
		t.Errorf("MakePortMappings logged %d lines for %d dropped ports", got, dropped)
	}
}

// podsGoldenDroppedPorts returns how many ports of the line's regular
// containers upstream's MakePortMappings dropped.
func podsGoldenDroppedPorts(g *podsGoldenLine) int {
	dropped := 0
	for i, c := range g.Pod.Spec.Containers {
		var kept []PortMapping
		if i < len(g.PortMappings) && json.Unmarshal(g.PortMappings[i].Mappings, &kept) == nil {
			dropped += len(c.Ports) - len(kept)
		}
	}
	return dropped
}

// checkPodsGoldenLine runs every pod helper on the line's pod and returns a
// description of each difference from the line's outputs.
func checkPodsGoldenLine(g *podsGoldenLine) []string {
	var diffs []string
	differ := func(format string, args ...interface{}) {
		diffs = append(diffs, fmt.Sprintf(format, args...))
	}
	pod := &g.Pod
	if got := GetPodFullName(pod); got != g.FullName {
		differ("GetPodFullName = %q, want %q", got, g.FullName)
	}
	if got := IsHostNetworkPod(pod); got != g.IsHostNetwork {
		differ("IsHostNetworkPod = %t, want %t", got, g.IsHostNetwork)
	}
	if got := HasPrivilegedContainer(pod); got != g.HasPrivileged {
		differ("HasPrivilegedContainer = %t, want %t", got, g.HasPrivileged)
	}
	if got := HasWindowsHostProcessContainer(pod); got != g.HasWindowsHostProcess {
		differ("HasWindowsHostProcessContainer = %t, want %t", got, g.HasWindowsHostProcess)
	}
	if got := AllContainersAreWindowsHostProcess(pod); got != g.AllWindowsHostProcess {
		differ("AllContainersAreWindowsHostProcess = %t, want %t", got, g.AllWindowsHostProcess)
	}

	if len(g.PortMappings) != len(pod.Spec.Containers) {
		differ("line has %d portMappings for %d containers", len(g.PortMappings), len(pod.Spec.Containers))
	} else {
		for i := range pod.Spec.Containers {
			got, err := json.Marshal(MakePortMappings(&pod.Spec.Containers[i]))
			if err != nil || !bytes.Equal(got, g.PortMappings[i].Mappings) {
				differ("MakePortMappings(containers[%d] %q) = %s (%v), want %s",
					i, g.PortMappings[i].Container, got, err, g.PortMappings[i].Mappings)
			}
		}
	}

	refTargets := podsGoldenRefTargets(pod)
	if len(g.Refs) != len(refTargets) {
		differ("line has %d refs for %d containers", len(g.Refs), len(refTargets))
	} else {
		for i, want := range g.Refs {
			ref, err := GenerateContainerRef(pod, refTargets[i])
			errText := ""
			if err != nil {
				errText = err.Error()
			}
			got, marshalErr := json.Marshal(ref)
			if marshalErr != nil || errText != want.Error || !bytes.Equal(got, want.Ref) {
				differ("GenerateContainerRef(%s %q) = %s, %q; want %s, %q",
					want.Type, want.Container, got, errText, want.Ref, want.Error)
			}
		}
	}

	names := podsGoldenSpecQueries(pod)
	if len(g.ContainerSpecs) != len(names) {
		differ("line has %d containerSpecs for %d queries", len(g.ContainerSpecs), len(names))
		return diffs
	}
	for i, want := range g.ContainerSpecs {
		if want.Name != names[i] {
			differ("containerSpecs[%d] queries %q, the pod's lists give %q", i, want.Name, names[i])
			continue
		}
		gotType, gotIndex := locateContainer(pod, GetContainerSpec(pod, want.Name))
		wantType := ""
		if want.FoundType != nil {
			wantType = *want.FoundType
		}
		if gotType != wantType || gotIndex != want.FoundIndex {
			differ("GetContainerSpec(%q) points to %q[%d], want %q[%d]",
				want.Name, gotType, gotIndex, wantType, want.FoundIndex)
		}
	}
	return diffs
}

// podsGoldenRefTargets returns the containers pods.jsonl passes to
// GenerateContainerRef: init, regular and ephemeral containers (pointers
// into the pod), then a container the pod does not have.
func podsGoldenRefTargets(pod *v1.Pod) []*v1.Container {
	var targets []*v1.Container
	for i := range pod.Spec.InitContainers {
		targets = append(targets, &pod.Spec.InitContainers[i])
	}
	for i := range pod.Spec.Containers {
		targets = append(targets, &pod.Spec.Containers[i])
	}
	for i := range pod.Spec.EphemeralContainers {
		targets = append(targets, (*v1.Container)(&pod.Spec.EphemeralContainers[i].EphemeralContainerCommon))
	}
	return append(targets, &v1.Container{Name: "not-in-pod"})
}

// podsGoldenSpecQueries returns the names pods.jsonl passes to
// GetContainerSpec: every container name of the pod (init, regular,
// ephemeral, duplicates kept), then a name the pod does not have.
func podsGoldenSpecQueries(pod *v1.Pod) []string {
	var names []string
	for _, c := range podsGoldenRefTargets(pod) {
		names = append(names, c.Name)
	}
	return names
}

// locateContainer returns which list of pod's spec c points into ("init",
// "regular" or "ephemeral") and the index there, or "" and -1 when c points
// into none of them.
func locateContainer(pod *v1.Pod, c *v1.Container) (string, int) {
	if c == nil {
		return "", -1
	}
	for i := range pod.Spec.InitContainers {
		if c == &pod.Spec.InitContainers[i] {
			return "init", i
		}
	}
	for i := range pod.Spec.Containers {
		if c == &pod.Spec.Containers[i] {
			return "regular", i
		}
	}
	for i := range pod.Spec.EphemeralContainers {
		if c == (*v1.Container)(&pod.Spec.EphemeralContainers[i].EphemeralContainerCommon) {
			return "ephemeral", i
		}
	}
	return "", -1
}
