package container

import (
	"testing"

	"github.com/stretchr/testify/assert"
	v1 "k8s.io/api/core/v1"
)

// restartAllPod returns a pod whose init container "init" and regular
// container "app" restart all containers on exit code 3 (rules only, no
// container restartPolicy), and whose ephemeral container "debug" has the
// same rule.
func restartAllPod() *v1.Pod {
	rules := []v1.ContainerRestartRule{
		rule(v1.ContainerRestartRuleActionRestart, v1.ContainerRestartRuleOnExitCodesOpIn, 4),
		rule(v1.ContainerRestartRuleActionRestartAllContainers, v1.ContainerRestartRuleOnExitCodesOpIn, 3, 4),
	}
	debug := v1.EphemeralContainer{}
	debug.Name, debug.RestartPolicyRules = "debug", rules
	return &v1.Pod{Spec: v1.PodSpec{
		InitContainers:      []v1.Container{{Name: "init", RestartPolicyRules: rules}},
		Containers:          []v1.Container{{Name: "app", RestartPolicyRules: rules}},
		EphemeralContainers: []v1.EphemeralContainer{debug},
	}}
}

func terminated(name string, code int32) v1.ContainerStatus {
	return v1.ContainerStatus{Name: name, State: v1.ContainerState{Terminated: &v1.ContainerStateTerminated{ExitCode: code}}}
}

func TestShouldAllContainersRestart(t *testing.T) {
	exited := func(name string, code int) *Status {
		return &Status{Name: name, State: ContainerStateExited, ExitCode: code}
	}
	tests := []struct {
		name   string
		status *PodStatus
		api    *v1.PodStatus
		want   bool
	}{
		{name: "nothing known", want: false},
		{name: "condition AllContainersRestarting True", status: &PodStatus{},
			api: &v1.PodStatus{Conditions: []v1.PodCondition{{Type: v1.AllContainersRestarting, Status: v1.ConditionTrue}}}, want: true},
		{name: "condition not exactly True", api: &v1.PodStatus{Conditions: []v1.PodCondition{{Type: v1.AllContainersRestarting, Status: "true"}}}},
		{name: "runtime: regular exited 3", status: &PodStatus{ContainerStatuses: []*Status{exited("app", 3)}}, want: true},
		{name: "runtime: init exited 3", status: &PodStatus{ContainerStatuses: []*Status{exited("init", 3)}}, want: true},
		{name: "runtime: first matching rule is Restart", status: &PodStatus{ContainerStatuses: []*Status{exited("app", 4)}}},
		{name: "runtime: first status decides", status: &PodStatus{ContainerStatuses: []*Status{{Name: "app", State: ContainerStateRunning}, exited("app", 3)}}},
		{name: "runtime: ephemeral containers do not count", status: &PodStatus{ContainerStatuses: []*Status{exited("debug", 3)}}},
		{name: "API only: terminated 3", api: &v1.PodStatus{InitContainerStatuses: []v1.ContainerStatus{terminated("init", 3)}}, want: true},
		{name: "API: the later status of a name wins", api: &v1.PodStatus{
			InitContainerStatuses: []v1.ContainerStatus{terminated("app", 3)}, ContainerStatuses: []v1.ContainerStatus{terminated("app", 0)}}},
		{name: "API consulted after a runtime status that does not match",
			status: &PodStatus{ContainerStatuses: []*Status{exited("app", 0)}},
			api:    &v1.PodStatus{ContainerStatuses: []v1.ContainerStatus{terminated("app", 3)}}, want: true},
		{name: "a container without an exited runtime status is skipped, its API status too",
			status: &PodStatus{ContainerStatuses: []*Status{{Name: "init", State: ContainerStateRunning}}},
			api:    &v1.PodStatus{InitContainerStatuses: []v1.ContainerStatus{terminated("init", 3)}, ContainerStatuses: []v1.ContainerStatus{terminated("app", 3)}}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			assert.Equal(t, tt.want, ShouldAllContainersRestart(restartAllPod(), tt.status, tt.api))
		})
	}
}

func TestAllContainersRestartCleanedUp(t *testing.T) {
	tests := []struct {
		names []string
		want  bool
	}{
		{nil, true},
		{[]string{"debug", "other"}, true},
		{[]string{"other", "init"}, false},
		{[]string{"app"}, false},
	}
	for _, tt := range tests {
		status := &PodStatus{}
		for _, name := range tt.names {
			status.ContainerStatuses = append(status.ContainerStatuses, &Status{Name: name, State: ContainerStateExited})
		}
		assert.Equal(t, tt.want, AllContainersRestartCleanedUp(restartAllPod(), status), "%q", tt.names)
	}
}
