package restart

import (
	"testing"

	"github.com/stretchr/testify/assert"
	v1 "k8s.io/api/core/v1"
	"k8s.io/klog/v2"
)

func TestMatchingAction(t *testing.T) {
	rules := []Rule{
		{Action: ActionRestart}, // no exit codes: never matches
		{Action: "Bogus", HasExitCodes: true, Operator: "Between", Values: []int32{2}}, // unknown operator
		{Action: ActionRestart, HasExitCodes: true, Operator: operatorIn, Values: []int32{4}},
		{Action: ActionRestartAll, HasExitCodes: true, Operator: operatorIn, Values: []int32{3, 4}},
		{Action: "Kill", HasExitCodes: true, Operator: operatorNotIn, Values: []int32{0}},
	}
	for code, want := range map[int32]string{4: ActionRestart, 3: ActionRestartAll, 2: "Kill", 0: ""} {
		assert.Equal(t, want, MatchingAction(rules, code), "exit code %d", code)
	}
}

func TestAllContainers(t *testing.T) {
	rules := func(c *v1.Container) []Rule {
		if c.Name == "debug" {
			return nil
		}
		return []Rule{{Action: ActionRestartAll, HasExitCodes: true, Operator: operatorIn, Values: []int32{3}}}
	}
	pod := &v1.Pod{Spec: v1.PodSpec{InitContainers: []v1.Container{{Name: "init"}}, Containers: []v1.Container{{Name: "app"}, {Name: "debug"}}}}
	terminated := func(name string, code int32) v1.ContainerStatus {
		return v1.ContainerStatus{Name: name, State: v1.ContainerState{Terminated: &v1.ContainerStateTerminated{ExitCode: code}}}
	}
	exited := func(statuses map[string]int) func(string) (bool, int) {
		return func(name string) (bool, int) { code, ok := statuses[name]; return ok, code }
	}
	tests := []struct {
		name   string
		exited func(string) (bool, int)
		api    *v1.PodStatus
		want   bool
	}{
		{name: "nothing known"},
		{name: "the condition", api: &v1.PodStatus{Conditions: []v1.PodCondition{{Type: restartingAllType, Status: conditionTrue}}}, want: true},
		{name: "the condition not exactly True", api: &v1.PodStatus{Conditions: []v1.PodCondition{{Type: restartingAllType, Status: "true"}}}},
		{name: "runtime: init exited 3", exited: exited(map[string]int{"init": 3}), want: true},
		{name: "runtime: a container without rules", exited: exited(map[string]int{"debug": 3})},
		{name: "API only", api: &v1.PodStatus{ContainerStatuses: []v1.ContainerStatus{terminated("app", 3)}}, want: true},
		{name: "API: the later status of a name wins", api: &v1.PodStatus{
			InitContainerStatuses: []v1.ContainerStatus{terminated("app", 3)}, ContainerStatuses: []v1.ContainerStatus{terminated("app", 0)}}},
		{name: "API after a runtime status that does not match", exited: exited(map[string]int{"app": 0}),
			api: &v1.PodStatus{ContainerStatuses: []v1.ContainerStatus{terminated("app", 3)}}, want: true},
		{name: "no exited runtime status skips the API status", exited: exited(map[string]int{}),
			api: &v1.PodStatus{ContainerStatuses: []v1.ContainerStatus{terminated("app", 3)}}},
	}
	for _, tt := range tests {
		assert.Equal(t, tt.want, AllContainers(pod, rules, tt.exited, tt.api), tt.name)
	}
}

func TestAfterExit(t *testing.T) {
	never, always, empty := "Never", "Always", ""
	rules := []Rule{
		{Action: ActionRestart, HasExitCodes: true, Operator: operatorIn, Values: []int32{1}},
		{Action: ActionRestartAll, HasExitCodes: true, Operator: operatorIn, Values: []int32{2}},
	}
	pod := &v1.Pod{Spec: v1.PodSpec{RestartPolicy: v1.RestartPolicyNever}}
	tests := []struct {
		name       string
		policy     *string
		exitCode   int
		restartAll bool
		want       bool
	}{
		{name: "no policy of its own: the pod's", exitCode: 1},
		{name: "rule Restart", policy: &never, exitCode: 1, want: true},
		{name: "rule RestartAllContainers", policy: &never, exitCode: 2, restartAll: true, want: true},
		{name: "RestartAllContainers off: the container's policy", policy: &never, exitCode: 2},
		{name: "no rule matches: the container's policy", policy: &always, exitCode: 3, want: true},
		{name: "an empty policy falls to the pod's", policy: &empty, exitCode: 3},
	}
	for _, tt := range tests {
		assert.Equal(t, tt.want, AfterExit(klog.Background(), pod, "app", tt.policy, rules, tt.exitCode, tt.restartAll), tt.name)
	}
}
