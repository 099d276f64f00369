package container

import (
	"testing"

	v1 "k8s.io/api/core/v1"
	"k8s.io/klog/v2"

	"github.com/kubecontainer/kubecontainer/internal/golden"
	"github.com/kubecontainer/kubecontainer/internal/helpercheck"
	"github.com/kubecontainer/kubecontainer/internal/statuscheck"
)

// restartCheck checks a line of restart.jsonl or of a gate file with
// ShouldContainerBeRestartedWithOptions and opts.
func restartCheck(opts RestartOptions) helpercheck.Check {
	return statuscheck.Restart(func(c *v1.Container, pod *v1.Pod, status *PodStatus) bool {
		return ShouldContainerBeRestartedWithOptions(klog.Background(), c, pod, status, opts)
	})
}

// TestShouldContainerBeRestartedGolden checks the restart decision with
// the gates at their defaults against restart.jsonl of both golden sets.
func TestShouldContainerBeRestartedGolden(t *testing.T) {
	helpercheck.Walk(t, "restart.jsonl", readGolden(t, "restart.jsonl"), statuscheck.Restart(
		func(c *v1.Container, pod *v1.Pod, status *PodStatus) bool {
			return ShouldContainerBeRestarted(klog.Background(), c, pod, status)
		}))
}

// TestShouldContainerBeRestartedGatesOffGolden checks the options against
// the project's files computed with gates off (testdata/manifest.json,
// fileFeatureGates): restart_rules_off.jsonl with ContainerRestartRules and
// RestartAllContainersOnContainerExits off (the kubelet refuses the first
// off without the second), restart_all_off.jsonl with only
// RestartAllContainersOnContainerExits off.
func TestShouldContainerBeRestartedGatesOffGolden(t *testing.T) {
	files := []struct {
		name string
		opts RestartOptions
	}{
		{"restart_rules_off.jsonl", RestartOptions{DisableContainerRestartRules: true, DisableRestartAllContainers: true}},
		{"restart_rules_off.jsonl", RestartOptions{DisableContainerRestartRules: true}},
		{"restart_all_off.jsonl", RestartOptions{DisableRestartAllContainers: true}},
	}
	for _, file := range files {
		helpercheck.Walk(t, file.name, golden.Read(t, "testdata", file.name), restartCheck(file.opts))
	}
}

// TestShouldContainerBeRestartedGateFilesNeedTheOptions makes sure the gate
// files test the options: with the defaults some of their lines differ.
func TestShouldContainerBeRestartedGateFilesNeedTheOptions(t *testing.T) {
	for _, name := range []string{"restart_rules_off.jsonl", "restart_all_off.jsonl"} {
		check := restartCheck(RestartOptions{})
		differ := 0
		lines := golden.Read(t, "testdata", name)
		for _, line := range lines {
			if len(check(t, line)) > 0 {
				differ++
			}
		}
		t.Logf("%s: %d/%d lines differ with the default gates", name, differ, len(lines))
		if differ == 0 {
			t.Errorf("%s: no line depends on the gates", name)
		}
	}
}
