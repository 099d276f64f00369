package container

import (
	"fmt"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	v1 "k8s.io/api/core/v1"
	metav1 "k8s.io/apimachinery/pkg/apis/meta/v1"
)

func TestBuildPodFullName(t *testing.T) {
	tests := []struct {
		name, namespace, want string
	}{
		{"nginx", "default", "nginx_default"},
		{"", "", "_"},
		{"a_b", "c", "a_b_c"},
		{"é", "<&>", "é_<&>"},
	}
	for _, tt := range tests {
		assert.Equal(t, tt.want, BuildPodFullName(tt.name, tt.namespace))
	}
}

func TestGetPodFullName(t *testing.T) {
	pod := &v1.Pod{ObjectMeta: metav1.ObjectMeta{Name: "web-0", Namespace: "kube-system"}}
	assert.Equal(t, "web-0_kube-system", GetPodFullName(pod))
}

func TestParsePodFullName(t *testing.T) {
	tests := []struct {
		input, name, namespace string
		wantErr                bool
	}{
		{input: "nginx_default", name: "nginx", namespace: "default"},
		{input: "a_web-0", name: "a", namespace: "web-0"},
		{input: "é_<&>", name: "é", namespace: "<&>"},
		{input: "", wantErr: true},
		{input: "pod", wantErr: true},
		{input: "_", wantErr: true},
		{input: "a_", wantErr: true},
		{input: "_b", wantErr: true},
		{input: "__", wantErr: true},
		{input: "a__b", wantErr: true},
		{input: "a_b_c", wantErr: true},
		{input: "a_b_", wantErr: true},
	}
	for _, tt := range tests {
		t.Run(tt.input, func(t *testing.T) {
			name, namespace, err := ParsePodFullName(tt.input)
			if tt.wantErr {
				require.EqualError(t, err, fmt.Sprintf("failed to parse the pod full name %q", tt.input))
				assert.Empty(t, name)
				assert.Empty(t, namespace)
				return
			}
			require.NoError(t, err)
			assert.Equal(t, tt.name, name)
			assert.Equal(t, tt.namespace, namespace)
		})
	}
}
