package container

import (
	"sort"
	"testing"

	"github.com/kubecontainer/kubecontainer/internal/golden"
	"github.com/kubecontainer/kubecontainer/internal/helpercheck"
	"github.com/kubecontainer/kubecontainer/internal/statuscheck"
)

// The line's golden tests: every file of testdata/shared (the public set)
// and testdata (the generator's, oracle/kubelet), both
// computed by kubelet v1.32.13 (their README.md), walked by the checks all
// lines share with this line's functions.

var expansions = helpercheck.Expansions[EnvVar]{
	CommandAndArgs:    ExpandContainerCommandAndArgs,
	CommandOnlyStatic: ExpandContainerCommandOnlyStatic,
	VolumeMounts:      ExpandContainerVolumeMounts,
}

var parsers = helpercheck.Parsers[ContainerID, *ContainerID]{
	BuildPodFullName: BuildPodFullName,
	ParsePodFullName: ParsePodFullName,
	ParseContainerID: ParseContainerID,
}

// TestGolden also checks that ParseContainerID and MakePortMappings log
// through klog's global logger, one line per rejected input or dropped
// port.
func TestGolden(t *testing.T) {
	logs := helpercheck.CaptureKlog(t)
	withLogs := parsers
	withLogs.Logs = logs
	helpercheck.Files(t, map[string]helpercheck.Check{
		"hash.jsonl":           helpercheck.HashCheck(map[string]helpercheck.HashFunc{"hash": HashContainer}),
		"expand_command.jsonl": expansions.CheckCommand,
		"expand_static.jsonl":  expansions.CheckStatic,
		"expand_subpath.jsonl": expansions.CheckSubpath,
		"parse.jsonl":          withLogs.CheckLine,
		"pods.jsonl": helpercheck.PodHelpers[PortMapping]{
			GetPodFullName: GetPodFullName, BuildPodFullName: BuildPodFullName, IsHostNetworkPod: IsHostNetworkPod,
			HasPrivilegedContainer: HasPrivilegedContainer, HasWindowsHostProcessContainer: HasWindowsHostProcessContainer,
			AllContainersAreWindowsHostProcess: AllContainersAreWindowsHostProcess, MakePortMappings: MakePortMappings,
			GenerateContainerRef: GenerateContainerRef, GetContainerSpec: GetContainerSpec, Logs: logs,
		}.CheckLine,
		"restart.jsonl": statuscheck.Restart(ShouldContainerBeRestarted),
	})
}

func TestMiscGolden(t *testing.T) {
	statuscheck.Kinds(t, golden.Lines(t, "misc.jsonl"), map[string]helpercheck.Check{
		"sandboxstate": statuscheck.SandboxState(SandboxToContainerState),
		"syncresult":   statuscheck.SyncResult[SyncAction, SyncResult, PodSyncResult](NewSyncResult),
		"runtimestatus": statuscheck.All(
			statuscheck.RuntimeStatus(statuscheck.Decoded[RuntimeStatus], (*RuntimeStatus).String,
				func(r *RuntimeStatus, t string) *RuntimeCondition {
					return r.GetRuntimeCondition(RuntimeConditionType(t))
				}),
			statuscheck.RuntimeHandlers((*RuntimeHandler).String, (*RuntimeFeatures).String)),
		"sortstatus": statuscheck.SortStatus(func(s []*Status) { sort.Sort(SortContainerStatusesByCreationTime(s)) },
			func(s *Status) string { return s.ID.String() }),
		"runningpod": statuscheck.RunningPodDecoded(ConvertPodStatusToRunningPod),
		"podstatus": statuscheck.PodStatusHelpers[PodStatus, Status]{
			HasAnyRegularContainerStarted: HasAnyRegularContainerStarted,
			ContainerStatuses:             func(s *PodStatus) []*Status { return s.ContainerStatuses },
			FindContainerStatusByName:     (*PodStatus).FindContainerStatusByName,
			GetRunningContainerStatuses:   (*PodStatus).GetRunningContainerStatuses,
		}.CheckLine,
	})
}

func TestRealOS(t *testing.T) {
	helpercheck.RealOS(t, RealOS{})
}

// The fuzz tests check the parsers and the expansions against their rules
// (package helpercheck); the golden inputs are their seeds, so plain
// `go test` runs them as tests.

func FuzzParsePodFullName(f *testing.F) {
	parsers.FuzzParsePodFullName(f, helpercheck.ParseSeeds(f, "fullname"))
}

func FuzzParseContainerID(f *testing.F) {
	helpercheck.CaptureKlog(f) // keeps the rejected inputs' log lines out of the output
	parsers.FuzzParseContainerID(f, helpercheck.ParseSeeds(f, "containerid"))
}

func FuzzContainerIDParseString(f *testing.F) {
	parsers.FuzzParseString(f, helpercheck.ParseSeeds(f, "containerid"))
}

func FuzzContainerIDUnmarshalJSON(f *testing.F) {
	parsers.FuzzUnmarshalJSON(f, helpercheck.ParseSeeds(f, "containerid"))
}

func FuzzExpandContainerCommandAndArgs(f *testing.F) {
	expansions.FuzzCommandAndArgs(f)
}

func FuzzExpandContainerVolumeMounts(f *testing.F) {
	expansions.FuzzVolumeMounts(f)
}

// BenchmarkHashContainer compares HashContainer with the kubelet's way of
// computing it (json.Marshal of the name and image, go-spew, FNV-1a).
func BenchmarkHashContainer(b *testing.B) {
	helpercheck.BenchmarkHash(b, golden.Lines(b, "hash.jsonl"), HashContainer, helpercheck.ReferenceNameAndImage)
}

// BenchmarkExpand compares the expansions with plain map-based ones.
func BenchmarkExpand(b *testing.B) {
	expansions.Benchmark(b, golden.Lines)
}
