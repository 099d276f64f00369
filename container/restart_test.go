package container

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	v1 "k8s.io/api/core/v1"
	metav1 "k8s.io/apimachinery/pkg/apis/meta/v1"
	"k8s.io/klog/v2"

	"github.com/kubecontainer/kubecontainer/internal/helpercheck"
	"github.com/kubecontainer/kubecontainer/internal/statuscheck"
)

// restartTestPod returns a pod named web in default with restart policy
// policy and the given regular containers.
func restartTestPod(policy v1.RestartPolicy, names ...string) *v1.Pod {
	pod := &v1.Pod{
		ObjectMeta: metav1.ObjectMeta{Name: "web", Namespace: "default"},
		Spec:       v1.PodSpec{RestartPolicy: policy},
	}
	for _, name := range names {
		pod.Spec.Containers = append(pod.Spec.Containers, v1.Container{Name: name})
	}
	return pod
}

func TestShouldContainerBeRestarted(t *testing.T) {
	exited := func(code int) []*Status {
		return []*Status{{Name: "app", State: ContainerStateExited, ExitCode: code}}
	}
	tests := []struct {
		name     string
		policy   v1.RestartPolicy
		deleting bool
		statuses []*Status
		want     bool
	}{
		{name: "no status", policy: v1.RestartPolicyNever, want: true},
		{name: "status of another container", policy: v1.RestartPolicyNever,
			statuses: []*Status{{Name: "other", State: ContainerStateRunning}}, want: true},
		{name: "pod being deleted", policy: v1.RestartPolicyAlways, deleting: true, want: false},
		{name: "pod being deleted, exited", policy: v1.RestartPolicyAlways, deleting: true, statuses: exited(1), want: false},
		{name: "running", policy: v1.RestartPolicyAlways,
			statuses: []*Status{{Name: "app", State: ContainerStateRunning}}, want: false},
		{name: "unknown, policy Never", policy: v1.RestartPolicyNever,
			statuses: []*Status{{Name: "app", State: ContainerStateUnknown}}, want: true},
		{name: "created, policy Never", policy: v1.RestartPolicyNever,
			statuses: []*Status{{Name: "app", State: ContainerStateCreated}}, want: true},
		{name: "exited, Never", policy: v1.RestartPolicyNever, statuses: exited(1), want: false},
		{name: "exited 0, OnFailure", policy: v1.RestartPolicyOnFailure, statuses: exited(0), want: false},
		{name: "exited 1, OnFailure", policy: v1.RestartPolicyOnFailure, statuses: exited(1), want: true},
		{name: "exited -1, OnFailure", policy: v1.RestartPolicyOnFailure, statuses: exited(-1), want: true},
		{name: "exited 0, Always", policy: v1.RestartPolicyAlways, statuses: exited(0), want: true},
		{name: "exited 0, empty policy", policy: "", statuses: exited(0), want: true},
		{name: "exited 0, unknown policy", policy: "Sometimes", statuses: exited(0), want: true},
		{name: "paused state goes by policy", policy: v1.RestartPolicyNever,
			statuses: []*Status{{Name: "app", State: "paused"}}, want: false},
		{name: "empty state goes by policy", policy: v1.RestartPolicyAlways,
			statuses: []*Status{{Name: "app", State: ""}}, want: true},
		{name: "first status decides", policy: v1.RestartPolicyAlways,
			statuses: []*Status{{Name: "app", State: ContainerStateRunning}, {Name: "app", State: ContainerStateExited}}, want: false},
		{name: "first status decides, exited first", policy: v1.RestartPolicyAlways,
			statuses: []*Status{{Name: "app", State: ContainerStateExited}, {Name: "app", State: ContainerStateRunning}}, want: true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			pod := restartTestPod(tt.policy, "app")
			if tt.deleting {
				now := metav1.Now()
				pod.DeletionTimestamp = &now
			}
			status := &PodStatus{ContainerStatuses: tt.statuses}
			assert.Equal(t, tt.want, ShouldContainerBeRestarted(&pod.Spec.Containers[0], pod, status))
		})
	}
}

func TestShouldContainerBeRestartedInitContainer(t *testing.T) {
	pod := restartTestPod(v1.RestartPolicyOnFailure)
	pod.Spec.InitContainers = []v1.Container{{Name: "init"}}
	status := &PodStatus{ContainerStatuses: []*Status{{Name: "init", State: ContainerStateExited, ExitCode: 0}}}
	assert.False(t, ShouldContainerBeRestarted(&pod.Spec.InitContainers[0], pod, status))
	status.ContainerStatuses[0].ExitCode = 2
	assert.True(t, ShouldContainerBeRestarted(&pod.Spec.InitContainers[0], pod, status))
}

func TestShouldContainerBeRestartedLogs(t *testing.T) {
	tests := []struct {
		policy   v1.RestartPolicy
		exitCode int
		wantMsg  string
	}{
		{v1.RestartPolicyNever, 1, "Already ran container, do nothing"},
		{v1.RestartPolicyOnFailure, 0, "Already successfully ran container, do nothing"},
		{v1.RestartPolicyAlways, 0, ""},
	}
	for _, tt := range tests {
		t.Run(string(tt.policy), func(t *testing.T) {
			pod := restartTestPod(tt.policy, "app")
			status := &PodStatus{ContainerStatuses: []*Status{{Name: "app", State: ContainerStateExited, ExitCode: tt.exitCode}}}

			quiet := captureKlog(t, "3")
			ShouldContainerBeRestarted(&pod.Spec.Containers[0], pod, status)
			assert.Empty(t, quiet.Entries(), "logged below verbosity 4")

			logs := captureKlog(t, "4")
			ShouldContainerBeRestarted(&pod.Spec.Containers[0], pod, status)
			if tt.wantMsg == "" {
				assert.Empty(t, logs.Entries())
				return
			}
			require.Len(t, logs.Entries(), 1)
			entry := logs.Entries()[0]
			assert.Equal(t, tt.wantMsg, entry.Msg)
			assert.Equal(t, []interface{}{"pod", klog.KObj(pod), "containerName", "app"}, entry.KeysAndValues)
		})
	}
}

// TestShouldContainerBeRestartedGolden checks ShouldContainerBeRestarted
// against every line of testdata/restart.jsonl: each regular container of
// the pod in order, then each init container.
func TestShouldContainerBeRestartedGolden(t *testing.T) {
	helpercheck.Walk(t, "restart.jsonl", readGolden(t, "restart.jsonl"), statuscheck.Restart(ShouldContainerBeRestarted))
}
