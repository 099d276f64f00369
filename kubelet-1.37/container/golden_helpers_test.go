package container

import (
	"strings"
	"sync"
	"testing"

	"github.com/go-logr/logr/funcr"
	v1 "k8s.io/api/core/v1"
	"k8s.io/klog/v2"

	"github.com/kubecontainer/kubecontainer/internal/helpercheck"
)

// This file hands the line's pure helpers to the checks that both lines
// share (package internal/helpercheck) and walks the golden files with
// them.

// recordingLogger returns a logger that keeps each line it writes.
func recordingLogger() (klog.Logger, func() []string) {
	var mu sync.Mutex
	var lines []string
	logger := funcr.New(func(prefix, args string) {
		mu.Lock()
		defer mu.Unlock()
		lines = append(lines, strings.TrimSpace(prefix+" "+args))
	}, funcr.Options{})
	return logger, func() []string {
		mu.Lock()
		defer mu.Unlock()
		return append([]string(nil), lines...)
	}
}

// lineExpansions are the line's expansions with kubelet v1.37's rule for
// the character after a "$".
var lineExpansions = helpercheck.Expansions[EnvVar]{
	CommandAndArgs:    ExpandContainerCommandAndArgs,
	CommandOnlyStatic: ExpandContainerCommandOnlyStatic,
	VolumeMounts:      ExpandContainerVolumeMounts,
	WholeCharacters:   true,
}

// lineParsers returns the line's parsers, ParseContainerID logging to
// logger.
func lineParsers(logger klog.Logger) helpercheck.Parsers[ContainerID, *ContainerID] {
	return helpercheck.Parsers[ContainerID, *ContainerID]{
		BuildPodFullName: BuildPodFullName,
		ParsePodFullName: ParsePodFullName,
		ParseContainerID: func(s string) ContainerID { return ParseContainerID(logger, s) },
	}
}

func TestHashGolden(t *testing.T) {
	check := helpercheck.HashCheck(map[string]helpercheck.HashFunc{"hash": HashContainer})
	helpercheck.Walk(t, "hash.jsonl", readGolden(t, "hash.jsonl"), check)
}

func TestExpandGolden(t *testing.T) {
	for _, file := range []struct {
		name  string
		check helpercheck.Check
	}{
		{"expand_command.jsonl", lineExpansions.CheckCommand},
		{"expand_static.jsonl", lineExpansions.CheckStatic},
		{"expand_subpath.jsonl", lineExpansions.CheckSubpath},
	} {
		t.Run(file.name, func(t *testing.T) {
			helpercheck.Walk(t, file.name, readGolden(t, file.name), file.check)
		})
	}
}

// TestParseGolden also checks that ParseContainerID logs each input it
// rejects to the logger it is given.
func TestParseGolden(t *testing.T) {
	logger, logged := recordingLogger()
	lines := readGolden(t, "parse.jsonl")
	helpercheck.Walk(t, "parse.jsonl", lines, lineParsers(logger).CheckLine)
	rejected := 0
	for _, input := range helpercheck.Inputs(t, lines, "containerid") {
		if (&ContainerID{}).ParseString(input) != nil {
			rejected++
		}
	}
	if got := len(logged()); got != rejected {
		t.Errorf("ParseContainerID logged %d lines for %d rejected inputs", got, rejected)
	}
}

// TestPodsGolden also checks that MakePortMappings logs each port it drops
// to the logger it is given.
func TestPodsGolden(t *testing.T) {
	logger, logged := recordingLogger()
	helpers := helpercheck.PodHelpers[PortMapping]{
		AllContainersAreWindowsHostProcess: AllContainersAreWindowsHostProcess,
		BuildPodFullName:                   BuildPodFullName,
		GenerateContainerRef:               GenerateContainerRef,
		GetContainerSpec:                   GetContainerSpec,
		GetPodFullName:                     GetPodFullName,
		HasPrivilegedContainer:             HasPrivilegedContainer,
		HasWindowsHostProcessContainer:     HasWindowsHostProcessContainer,
		IsHostNetworkPod:                   IsHostNetworkPod,
		MakePortMappings:                   func(c *v1.Container) []PortMapping { return MakePortMappings(logger, c) },
	}
	lines := readGolden(t, "pods.jsonl")
	helpercheck.Walk(t, "pods.jsonl", lines, helpers.CheckLine)
	dropped := 0
	for _, line := range lines {
		dropped += helpercheck.DroppedPorts(t, line)
	}
	if got := len(logged()); got != dropped {
		t.Errorf("MakePortMappings logged %d lines for %d dropped ports", got, dropped)
	}
}
