package restart

import (
	"testing"

	v1 "k8s.io/api/core/v1"
	metav1 "k8s.io/apimachinery/pkg/apis/meta/v1"
	"k8s.io/klog/v2"
)

func TestPodPolicyOnly(t *testing.T) {
	container := &v1.Container{Name: "app"}
	tests := []struct {
		name     string
		policy   v1.RestartPolicy
		deleting bool
		statuses map[string]*status
		want     bool
	}{
		{name: "Never keeps an exited container down", policy: v1.RestartPolicyNever,
			statuses: map[string]*status{"app": {"exited", 1}}, want: false},
		{name: "OnFailure after 0", policy: v1.RestartPolicyOnFailure, statuses: map[string]*status{"app": {"exited", 0}}, want: false},
		{name: "OnFailure after 1", policy: v1.RestartPolicyOnFailure, statuses: map[string]*status{"app": {"exited", 1}}, want: true},
		{name: "no status of its name", policy: v1.RestartPolicyNever, statuses: map[string]*status{"other": {"exited", 0}}, want: true},
		{name: "deleting pod, find not called", policy: v1.RestartPolicyAlways, deleting: true, want: false},
	}
	for _, tt := range tests {
		pod := &v1.Pod{Spec: v1.PodSpec{RestartPolicy: tt.policy}}
		if tt.deleting {
			now := metav1.Now()
			pod.DeletionTimestamp = &now
		}
		find := func(name string) *status {
			if tt.statuses == nil {
				t.Fatalf("%s: find called", tt.name)
			}
			return tt.statuses[name]
		}
		got := PodPolicyOnly(klog.Background(), container, pod, find, func(s *status) (string, int) { return s.state, s.exitCode })
		if got != tt.want {
			t.Errorf("%s: got %t, want %t", tt.name, got, tt.want)
		}
	}
}
