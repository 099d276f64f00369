package container

import (
	"os"
	"sort"
	"testing"

	"github.com/kubecontainer/kubecontainer/internal/golden"
	"github.com/kubecontainer/kubecontainer/internal/helpercheck"
	"github.com/kubecontainer/kubecontainer/internal/statuscheck"
)

// readGolden returns the lines of the file name of the public golden set
// (testdata/shared, from shared/golden-1.32) and, once the project's
// generator has written it, of testdata: both computed by kubelet v1.32.13
// (see their README.md).
func readGolden(tb testing.TB, name string) []golden.Line {
	tb.Helper()
	sets := []string{"testdata/shared"}
	if _, err := os.Stat("testdata/manifest.json"); err == nil {
		sets = append(sets, "testdata")
	}
	return golden.ReadSets(tb, sets, name)
}

// expansions are the line's expansions, with v1.32's rule for the byte
// after a "$".
var expansions = helpercheck.Expansions[EnvVar]{
	CommandAndArgs:    ExpandContainerCommandAndArgs,
	CommandOnlyStatic: ExpandContainerCommandOnlyStatic,
	VolumeMounts:      ExpandContainerVolumeMounts,
}

// parsers are the line's parsers.
var parsers = helpercheck.Parsers[ContainerID, *ContainerID]{
	BuildPodFullName: BuildPodFullName,
	ParsePodFullName: ParsePodFullName,
	ParseContainerID: ParseContainerID,
}

// TestGolden walks every golden file with the shared checks and this
// line's functions.
func TestGolden(t *testing.T) {
	pods := helpercheck.PodHelpers[PortMapping]{
		GetPodFullName: GetPodFullName, BuildPodFullName: BuildPodFullName, IsHostNetworkPod: IsHostNetworkPod,
		HasPrivilegedContainer: HasPrivilegedContainer, HasWindowsHostProcessContainer: HasWindowsHostProcessContainer,
		AllContainersAreWindowsHostProcess: AllContainersAreWindowsHostProcess, MakePortMappings: MakePortMappings,
		GenerateContainerRef: GenerateContainerRef, GetContainerSpec: GetContainerSpec,
	}
	for _, file := range []struct {
		name  string
		check helpercheck.Check
	}{
		{"hash.jsonl", helpercheck.HashCheck(map[string]helpercheck.HashFunc{"hash": HashContainer})},
		{"expand_command.jsonl", expansions.CheckCommand},
		{"expand_static.jsonl", expansions.CheckStatic},
		{"expand_subpath.jsonl", expansions.CheckSubpath},
		{"parse.jsonl", parsers.CheckLine},
		{"pods.jsonl", pods.CheckLine},
		{"restart.jsonl", statuscheck.Restart(ShouldContainerBeRestarted)},
	} {
		t.Run(file.name, func(t *testing.T) {
			helpercheck.Walk(t, file.name, readGolden(t, file.name), file.check)
		})
	}
}

// TestMiscGolden checks every kind of misc.jsonl.
func TestMiscGolden(t *testing.T) {
	statuscheck.Kinds(t, readGolden(t, "misc.jsonl"), map[string]helpercheck.Check{
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
