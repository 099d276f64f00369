package helpercheck

import (
	"bytes"
	"encoding/json"
	"fmt"
	"testing"

	v1 "k8s.io/api/core/v1"

	"github.com/kubecontainer/kubecontainer/internal/golden"
	"github.com/kubecontainer/kubecontainer/internal/podspec"
)

// PodHelpers are a line's pod helpers, MakePortMappings given whatever
// logger the line needs. M is the line's PortMapping.
type PodHelpers[M any] struct {
	GetPodFullName                     func(*v1.Pod) string
	BuildPodFullName                   func(name, namespace string) string
	IsHostNetworkPod                   func(*v1.Pod) bool
	HasPrivilegedContainer             func(*v1.Pod) bool
	HasWindowsHostProcessContainer     func(*v1.Pod) bool
	AllContainersAreWindowsHostProcess func(*v1.Pod) bool
	MakePortMappings                   func(*v1.Container) []M
	GenerateContainerRef               func(*v1.Pod, *v1.Container) (*v1.ObjectReference, error)
	GetContainerSpec                   func(*v1.Pod, string) *v1.Container
	// Logs, when set, returns the lines MakePortMappings has logged
	// (RecordingLogger, CaptureKlog): CheckLine then also checks that it
	// logs one line for each port it drops.
	Logs func() []string
}

// podsLine is one line of pods.jsonl: a pod and what the kubelet's pod
// helpers returned for it.
type podsLine struct {
	Pod                   v1.Pod  `json:"pod"`
	FullName              string  `json:"fullName"`
	BuildFullName         *string `json:"buildFullName"`
	IsHostNetwork         bool    `json:"isHostNetwork"`
	HasPrivileged         bool    `json:"hasPrivileged"`
	HasWindowsHostProcess bool    `json:"hasWindowsHostProcess"`
	AllWindowsHostProcess bool    `json:"allWindowsHostProcess"`
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
		FoundType  *string `json:"foundType"`
		FoundIndex int     `json:"foundIndex"`
	} `json:"containerSpecs"`
}

// CheckLine checks a pods.jsonl line: every helper on the line's pod, and
// BuildPodFullName when the line has "buildFullName".
func (h PodHelpers[M]) CheckLine(tb testing.TB, line golden.Line) []string {
	var g podsLine
	line.Decode(tb, &g)
	var diffs []string
	differ := func(format string, args ...interface{}) { diffs = append(diffs, fmt.Sprintf(format, args...)) }
	pod := &g.Pod
	if got := h.GetPodFullName(pod); got != g.FullName {
		differ("GetPodFullName = %q, want %q", got, g.FullName)
	}
	if g.BuildFullName != nil {
		if got := h.BuildPodFullName(pod.Name, pod.Namespace); got != *g.BuildFullName {
			differ("BuildPodFullName = %q, want %q", got, *g.BuildFullName)
		}
	}
	for _, b := range []struct {
		name string
		fn   func(*v1.Pod) bool
		want bool
	}{
		{"IsHostNetworkPod", h.IsHostNetworkPod, g.IsHostNetwork},
		{"HasPrivilegedContainer", h.HasPrivilegedContainer, g.HasPrivileged},
		{"HasWindowsHostProcessContainer", h.HasWindowsHostProcessContainer, g.HasWindowsHostProcess},
		{"AllContainersAreWindowsHostProcess", h.AllContainersAreWindowsHostProcess, g.AllWindowsHostProcess},
	} {
		if got := b.fn(pod); got != b.want {
			differ("%s = %t, want %t", b.name, got, b.want)
		}
	}
	logged := countLogs(h.Logs)
	if len(g.PortMappings) != len(pod.Spec.Containers) {
		differ("line has %d portMappings for %d containers", len(g.PortMappings), len(pod.Spec.Containers))
	} else {
		for i := range pod.Spec.Containers {
			got, err := json.Marshal(h.MakePortMappings(&pod.Spec.Containers[i]))
			if err != nil || !bytes.Equal(got, g.PortMappings[i].Mappings) {
				differ("MakePortMappings(containers[%d] %q) = %s (%v), want %s",
					i, g.PortMappings[i].Container, got, err, g.PortMappings[i].Mappings)
			}
		}
	}
	if n, dropped := countLogs(h.Logs)-logged, droppedPorts(&g); h.Logs != nil && n != dropped {
		differ("MakePortMappings logged %d lines for %d dropped ports", n, dropped)
	}
	targets := RefTargets(pod)
	if len(g.Refs) != len(targets) {
		differ("line has %d refs for %d containers", len(g.Refs), len(targets))
	} else {
		for i, want := range g.Refs {
			ref, err := h.GenerateContainerRef(pod, targets[i])
			got, marshalErr := json.Marshal(ref)
			if marshalErr != nil || errorText(err) != want.Error || !bytes.Equal(got, want.Ref) {
				differ("GenerateContainerRef(%s %q) = %s, %q; want %s, %q",
					want.Type, want.Container, got, errorText(err), want.Ref, want.Error)
			}
		}
	}
	if len(g.ContainerSpecs) != len(targets) {
		differ("line has %d containerSpecs for %d queries", len(g.ContainerSpecs), len(targets))
		return diffs
	}
	for i, want := range g.ContainerSpecs {
		if want.Name != targets[i].Name {
			differ("containerSpecs[%d] queries %q, the pod's lists give %q", i, want.Name, targets[i].Name)
			continue
		}
		gotType, gotIndex := locateContainer(pod, h.GetContainerSpec(pod, want.Name))
		wantType := ""
		if want.FoundType != nil {
			wantType = *want.FoundType
		}
		if gotType != wantType || gotIndex != want.FoundIndex {
			differ("GetContainerSpec(%q) points to %q[%d], want %q[%d]", want.Name, gotType, gotIndex, wantType, want.FoundIndex)
		}
	}
	return diffs
}

// droppedPorts returns how many ports of the line's regular containers
// upstream's MakePortMappings dropped, which is how many log lines the
// line's MakePortMappings must write for the line.
func droppedPorts(g *podsLine) int {
	dropped := 0
	for i, c := range g.Pod.Spec.Containers {
		var kept []json.RawMessage
		if i < len(g.PortMappings) && json.Unmarshal(g.PortMappings[i].Mappings, &kept) == nil {
			dropped += len(c.Ports) - len(kept)
		}
	}
	return dropped
}

// countLogs returns how many lines logs returns, 0 for a nil logs.
func countLogs(logs func() []string) int {
	if logs == nil {
		return 0
	}
	return len(logs())
}

// RefTargets returns the containers pods.jsonl passes to
// GenerateContainerRef, whose names it also passes to GetContainerSpec:
// init, regular and ephemeral containers (pointers into the pod), then a
// container the pod does not have.
func RefTargets(pod *v1.Pod) []*v1.Container {
	var targets []*v1.Container
	podspec.VisitContainers(&pod.Spec, func(c *v1.Container, _ podspec.Kind, _ int) bool {
		targets = append(targets, c)
		return true
	})
	return append(targets, &v1.Container{Name: "not-in-pod"})
}

// locateContainer returns which list of pod's spec c points into ("init",
// "regular" or "ephemeral") and the index there, or "" and -1 when c points
// into none of them.
func locateContainer(pod *v1.Pod, c *v1.Container) (string, int) {
	list, at := "", -1
	if c == nil {
		return list, at
	}
	podspec.VisitContainers(&pod.Spec, func(candidate *v1.Container, kind podspec.Kind, i int) bool {
		if candidate != c {
			return true
		}
		list, at = kind.String(), i
		return false
	})
	return list, at
}
