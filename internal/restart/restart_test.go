package restart

import (
	"strings"
	"testing"

	"github.com/go-logr/logr/funcr"
	"github.com/stretchr/testify/assert"
	v1 "k8s.io/api/core/v1"
	metav1 "k8s.io/apimachinery/pkg/apis/meta/v1"
	"k8s.io/klog/v2"
)

type status struct {
	state    string
	exitCode int
}

func TestDecide(t *testing.T) {
	afterExit := func(exitCode int) bool { return exitCode == 7 }
	tests := []struct {
		name     string
		deleting bool
		status   *status
		want     bool
	}{
		{name: "deleting, no status", deleting: true, want: false},
		{name: "deleting, exited 7", deleting: true, status: &status{"exited", 7}, want: false},
		{name: "no status", want: true},
		{name: "running", status: &status{"running", 7}, want: false},
		{name: "created", status: &status{"created", 0}, want: true},
		{name: "unknown", status: &status{"unknown", 0}, want: true},
		{name: "exited 7", status: &status{"exited", 7}, want: true},
		{name: "exited 0", status: &status{"exited", 0}, want: false},
		{name: "empty state goes by exit code", status: &status{"", 7}, want: true},
		{name: "paused goes by exit code", status: &status{"paused", 0}, want: false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			pod := &v1.Pod{}
			if tt.deleting {
				now := metav1.Now()
				pod.DeletionTimestamp = &now
			}
			found := false
			got := Decide(pod,
				func() *status { found = true; return tt.status },
				func(s *status) (string, int) { return s.state, s.exitCode },
				afterExit)
			assert.Equal(t, tt.want, got)
			assert.Equal(t, !tt.deleting, found, "status looked up only for a pod not being deleted")
		})
	}
}

func TestByPolicy(t *testing.T) {
	tests := []struct {
		policy      v1.RestartPolicy
		exitCode    int
		restart     bool
		wantDecided bool
	}{
		{v1.RestartPolicyAlways, 0, true, true},
		{v1.RestartPolicyOnFailure, 0, false, true},
		{v1.RestartPolicyOnFailure, -1, true, true},
		{v1.RestartPolicyNever, 1, false, true},
		{"", 1, false, false},
		{"Sometimes", 0, false, false},
		{"always", 0, false, false},
	}
	for _, tt := range tests {
		restart, decided := ByPolicy(tt.policy, tt.exitCode)
		assert.Equal(t, tt.wantDecided, decided, "%q %d", tt.policy, tt.exitCode)
		assert.Equal(t, tt.restart, restart, "%q %d", tt.policy, tt.exitCode)
	}
}

func TestByPodPolicy(t *testing.T) {
	tests := []struct {
		policy   v1.RestartPolicy
		exitCode int
		want     bool
		logged   string // at verbosity 4
	}{
		{v1.RestartPolicyAlways, 0, true, ""},
		{v1.RestartPolicyOnFailure, 0, false, "Already successfully ran container, do nothing"},
		{v1.RestartPolicyOnFailure, 137, true, ""},
		{v1.RestartPolicyNever, 1, false, "Already ran container, do nothing"},
		{"", 0, true, ""},
		{"Sometimes", 0, true, ""},
	}
	for _, tt := range tests {
		pod := &v1.Pod{Spec: v1.PodSpec{RestartPolicy: tt.policy}}
		pod.Name, pod.Namespace = "web", "shop"
		var quiet, verbose []string
		assert.Equal(t, tt.want, ByPodPolicy(recorder(3, &quiet), pod, "app", tt.exitCode), "%q %d", tt.policy, tt.exitCode)
		ByPodPolicy(recorder(4, &verbose), pod, "app", tt.exitCode)
		assert.Empty(t, quiet, "nothing is logged below verbosity 4")
		if tt.logged == "" {
			assert.Empty(t, verbose, "%q %d", tt.policy, tt.exitCode)
			continue
		}
		// The pod's rendering (klog.KObj) differs between klog versions.
		if assert.Len(t, verbose, 1, "%q %d", tt.policy, tt.exitCode) {
			assert.True(t, strings.HasPrefix(verbose[0], `"level"=4 "msg"="`+tt.logged+`" "pod"=`), verbose[0])
			assert.True(t, strings.HasSuffix(verbose[0], `"containerName"="app"`), verbose[0])
		}
	}
}

// recorder returns a logger of the given verbosity that appends each line
// it writes to lines.
func recorder(verbosity int, lines *[]string) klog.Logger {
	return funcr.New(func(prefix, args string) { *lines = append(*lines, args) }, funcr.Options{Verbosity: verbosity})
}
