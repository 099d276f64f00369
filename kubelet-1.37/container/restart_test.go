package container

import (
	"testing"

	"github.com/stretchr/testify/assert"
	v1 "k8s.io/api/core/v1"
	metav1 "k8s.io/apimachinery/pkg/apis/meta/v1"
	"k8s.io/klog/v2"
)

// rule returns a restart rule with action for the exit codes op values.
func rule(action v1.ContainerRestartRuleAction, op v1.ContainerRestartRuleOnExitCodesOperator, values ...int32) v1.ContainerRestartRule {
	return v1.ContainerRestartRule{Action: action, ExitCodes: &v1.ContainerRestartRuleOnExitCodes{Operator: op, Values: values}}
}

func policy(p v1.ContainerRestartPolicy) *v1.ContainerRestartPolicy { return &p }

func TestShouldContainerBeRestartedWithOptions(t *testing.T) {
	const (
		in    = v1.ContainerRestartRuleOnExitCodesOpIn
		notIn = v1.ContainerRestartRuleOnExitCodesOpNotIn
		all   = v1.ContainerRestartRuleActionRestartAllContainers
		again = v1.ContainerRestartRuleActionRestart
	)
	rulesOff := RestartOptions{DisableContainerRestartRules: true, DisableRestartAllContainers: true}
	allOff := RestartOptions{DisableRestartAllContainers: true}
	tests := []struct {
		name      string
		podPolicy v1.RestartPolicy
		policy    *v1.ContainerRestartPolicy
		rules     []v1.ContainerRestartRule
		state     State
		exitCode  int
		want      bool // with the default options
		rulesOff  bool // with both gates off
		allOff    bool // with RestartAllContainersOnContainerExits off
	}{
		{name: "running", podPolicy: v1.RestartPolicyAlways, state: ContainerStateRunning},
		{name: "created", podPolicy: v1.RestartPolicyNever, state: ContainerStateCreated, want: true, rulesOff: true, allOff: true},
		{name: "pod Never", podPolicy: v1.RestartPolicyNever, state: ContainerStateExited, exitCode: 1},
		{name: "pod OnFailure, code 0", podPolicy: v1.RestartPolicyOnFailure, state: ContainerStateExited},
		{name: "pod unknown policy", podPolicy: "Sometimes", state: ContainerStateExited, want: true, rulesOff: true, allOff: true},
		{name: "rules without a container policy are ignored", podPolicy: v1.RestartPolicyNever, state: ContainerStateExited,
			exitCode: 42, rules: []v1.ContainerRestartRule{rule(again, in, 42)}},
		{name: "rule Restart matches", podPolicy: v1.RestartPolicyNever, policy: policy(v1.ContainerRestartPolicyNever),
			rules: []v1.ContainerRestartRule{rule(again, in, 42)}, state: ContainerStateExited, exitCode: 42, want: true, allOff: true},
		{name: "rule RestartAllContainers matches", podPolicy: v1.RestartPolicyNever, policy: policy(v1.ContainerRestartPolicyNever),
			rules: []v1.ContainerRestartRule{rule(all, notIn, 0)}, state: ContainerStateExited, exitCode: 1, want: true},
		{name: "RestartAllContainers off falls to the container policy", podPolicy: v1.RestartPolicyNever,
			policy: policy(v1.ContainerRestartPolicyOnFailure), rules: []v1.ContainerRestartRule{rule(all, in, 1)},
			state: ContainerStateExited, exitCode: 1, want: true, allOff: true},
		{name: "the first matching rule decides, an unknown action falls through", podPolicy: v1.RestartPolicyAlways,
			policy: policy(v1.ContainerRestartPolicyNever),
			rules:  []v1.ContainerRestartRule{rule("Kill", in, 2), rule(again, in, 2)}, state: ContainerStateExited, exitCode: 2, rulesOff: true},
		{name: "a rule without exit codes or with a bogus operator never matches", podPolicy: v1.RestartPolicyAlways,
			policy: policy(v1.ContainerRestartPolicyNever),
			rules:  []v1.ContainerRestartRule{{Action: again}, rule(again, "Bogus", 2)}, state: ContainerStateExited, exitCode: 2, rulesOff: true},
		{name: "sidecar Always in a Never pod", podPolicy: v1.RestartPolicyNever, policy: policy(v1.ContainerRestartPolicyAlways),
			state: ContainerStateExited, want: true, allOff: true},
		{name: "container OnFailure, code 0", podPolicy: v1.RestartPolicyAlways, policy: policy(v1.ContainerRestartPolicyOnFailure),
			state: ContainerStateExited, rulesOff: true},
		{name: "empty container policy falls to the pod's but enables rules", podPolicy: v1.RestartPolicyNever, policy: policy(""),
			rules: []v1.ContainerRestartRule{rule(again, in, 137)}, state: ContainerStateExited, exitCode: 137, want: true, allOff: true},
		{name: "paused is judged like exited", podPolicy: v1.RestartPolicyOnFailure, state: "paused", exitCode: 2, want: true, rulesOff: true, allOff: true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			c := v1.Container{Name: "app", RestartPolicy: tt.policy, RestartPolicyRules: tt.rules}
			pod := &v1.Pod{Spec: v1.PodSpec{RestartPolicy: tt.podPolicy, Containers: []v1.Container{c}}}
			status := &PodStatus{ContainerStatuses: []*Status{{Name: "app", State: tt.state, ExitCode: tt.exitCode}}}
			logger := klog.Background()
			assert.Equal(t, tt.want, ShouldContainerBeRestarted(logger, &c, pod, status), "defaults")
			assert.Equal(t, tt.want, ShouldContainerBeRestartedWithOptions(logger, &c, pod, status, RestartOptions{}), "zero options")
			assert.Equal(t, tt.rulesOff, ShouldContainerBeRestartedWithOptions(logger, &c, pod, status, rulesOff), "rules off")
			assert.Equal(t, tt.allOff, ShouldContainerBeRestartedWithOptions(logger, &c, pod, status, allOff), "RestartAllContainers off")
		})
	}
}

func TestShouldContainerBeRestartedStatusLookup(t *testing.T) {
	c := &v1.Container{Name: "app"}
	pod := &v1.Pod{Spec: v1.PodSpec{RestartPolicy: v1.RestartPolicyNever}}
	logger := klog.Background()
	assert.True(t, ShouldContainerBeRestarted(logger, c, pod, &PodStatus{}), "no status: start it")
	assert.False(t, ShouldContainerBeRestarted(logger, c, pod, &PodStatus{ContainerStatuses: []*Status{
		{Name: "app", State: ContainerStateRunning}, {Name: "app", State: ContainerStateUnknown},
	}}), "the first status decides")
	now := metav1.Now()
	pod.DeletionTimestamp = &now
	assert.False(t, ShouldContainerBeRestarted(logger, c, pod, nil), "a pod being deleted; podStatus is not read")
}

// restartLogSink is a logr sink that keeps the messages logged at or below
// its verbosity.
type restartLogSink struct {
	verbosity int
	messages  *[]string
}

func (s restartLogSink) Init(klog.RuntimeInfo)               {}
func (s restartLogSink) Enabled(level int) bool              { return level <= s.verbosity }
func (s restartLogSink) Info(_ int, msg string, _ ...any)    { *s.messages = append(*s.messages, msg) }
func (s restartLogSink) Error(_ error, msg string, _ ...any) { *s.messages = append(*s.messages, msg) }
func (s restartLogSink) WithValues(...any) klog.LogSink      { return s }
func (s restartLogSink) WithName(string) klog.LogSink        { return s }

func TestShouldContainerBeRestartedLogsThroughTheLogger(t *testing.T) {
	c := &v1.Container{Name: "app"}
	status := &PodStatus{ContainerStatuses: []*Status{{Name: "app", State: ContainerStateExited}}}
	for _, tt := range []struct {
		podPolicy v1.RestartPolicy
		want      []string
	}{
		{v1.RestartPolicyNever, []string{"Already ran container, do nothing"}},
		{v1.RestartPolicyOnFailure, []string{"Already successfully ran container, do nothing"}},
		{v1.RestartPolicyAlways, nil},
	} {
		var quiet, verbose []string
		pod := &v1.Pod{Spec: v1.PodSpec{RestartPolicy: tt.podPolicy}}
		ShouldContainerBeRestarted(klog.New(restartLogSink{3, &quiet}), c, pod, status)
		ShouldContainerBeRestarted(klog.New(restartLogSink{4, &verbose}), c, pod, status)
		assert.Empty(t, quiet, "nothing below verbosity 4")
		assert.Equal(t, tt.want, verbose, string(tt.podPolicy))
	}
}
