package container

import (
	"testing"

	"github.com/stretchr/testify/assert"
	v1 "k8s.io/api/core/v1"
)

// podSpecTestPod returns a pod with the given init, regular and ephemeral
// containers.
func podSpecTestPod(init, regular, ephemeral []v1.Container) *v1.Pod {
	pod := &v1.Pod{Spec: v1.PodSpec{InitContainers: init, Containers: regular}}
	for _, c := range ephemeral {
		pod.Spec.EphemeralContainers = append(pod.Spec.EphemeralContainers,
			v1.EphemeralContainer{EphemeralContainerCommon: v1.EphemeralContainerCommon(c)})
	}
	return pod
}

func podSpecBool(b bool) *bool { return &b }

func TestGetContainerSpec(t *testing.T) {
	pod := podSpecTestPod(
		[]v1.Container{{Name: "shared", Image: "init"}, {Name: "", Image: "unnamed-init"}},
		[]v1.Container{{Name: "shared", Image: "regular"}, {Name: "app"}},
		[]v1.Container{{Name: "app", Image: "ephemeral"}, {Name: "debug"}},
	)
	tests := []struct {
		name  string
		want  *v1.Container
		query string
	}{
		{name: "init containers come first", query: "shared", want: &pod.Spec.InitContainers[0]},
		{name: "empty name matches the first unnamed", query: "", want: &pod.Spec.InitContainers[1]},
		{name: "regular before ephemeral", query: "app", want: &pod.Spec.Containers[1]},
		{name: "ephemeral common part", query: "debug",
			want: (*v1.Container)(&pod.Spec.EphemeralContainers[1].EphemeralContainerCommon)},
		{name: "missing", query: "missing", want: nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := GetContainerSpec(pod, tt.query)
			if tt.want == nil {
				assert.Nil(t, got)
				return
			}
			assert.Same(t, tt.want, got, "a pointer into the pod's spec")
		})
	}
}

func TestHasPrivilegedContainer(t *testing.T) {
	privileged := v1.Container{SecurityContext: &v1.SecurityContext{Privileged: podSpecBool(true)}}
	unprivileged := v1.Container{SecurityContext: &v1.SecurityContext{Privileged: podSpecBool(false)}}
	unset := v1.Container{SecurityContext: &v1.SecurityContext{}}
	tests := []struct {
		name string
		pod  *v1.Pod
		want bool
	}{
		{"no containers", podSpecTestPod(nil, nil, nil), false},
		{"no security context", podSpecTestPod(nil, []v1.Container{{}}, nil), false},
		{"privileged unset", podSpecTestPod(nil, []v1.Container{unset}, nil), false},
		{"privileged false", podSpecTestPod(nil, []v1.Container{unprivileged}, nil), false},
		{"regular", podSpecTestPod(nil, []v1.Container{unprivileged, privileged}, nil), true},
		{"init", podSpecTestPod([]v1.Container{privileged}, []v1.Container{{}}, nil), true},
		{"ephemeral", podSpecTestPod(nil, []v1.Container{{}}, []v1.Container{privileged}), true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			assert.Equal(t, tt.want, HasPrivilegedContainer(tt.pod))
		})
	}
}

// hostProcessContainer returns a container whose own HostProcess setting
// is hostProcess (nil: a WindowsOptions without it).
func hostProcessContainer(hostProcess *bool) v1.Container {
	return v1.Container{SecurityContext: &v1.SecurityContext{
		WindowsOptions: &v1.WindowsSecurityContextOptions{HostProcess: hostProcess},
	}}
}

// withPodHostProcess sets the pod-level HostProcess setting of pod.
func withPodHostProcess(pod *v1.Pod, hostProcess *bool) *v1.Pod {
	pod.Spec.SecurityContext = &v1.PodSecurityContext{
		WindowsOptions: &v1.WindowsSecurityContextOptions{HostProcess: hostProcess},
	}
	return pod
}

func TestWindowsHostProcess(t *testing.T) {
	yes, no, inherit := hostProcessContainer(podSpecBool(true)), hostProcessContainer(podSpecBool(false)), hostProcessContainer(nil)
	tests := []struct {
		name    string
		pod     *v1.Pod
		wantAny bool
		wantAll bool
	}{
		{"no containers", podSpecTestPod(nil, nil, nil), false, true},
		{"no containers, pod true", withPodHostProcess(podSpecTestPod(nil, nil, nil), podSpecBool(true)), false, true},
		{"nothing set", podSpecTestPod(nil, []v1.Container{{}}, nil), false, false},
		{"container true", podSpecTestPod(nil, []v1.Container{yes}, nil), true, true},
		{"container false", podSpecTestPod(nil, []v1.Container{no}, nil), false, false},
		{"mixed", podSpecTestPod([]v1.Container{yes}, []v1.Container{no}, nil), true, false},
		{"ephemeral false", podSpecTestPod([]v1.Container{yes}, []v1.Container{yes}, []v1.Container{no}), true, false},
		{"pod true inherited", withPodHostProcess(podSpecTestPod(nil, []v1.Container{{}, inherit}, nil), podSpecBool(true)), true, true},
		{"container false overrides pod true", withPodHostProcess(podSpecTestPod(nil, []v1.Container{{}, no}, nil), podSpecBool(true)), true, false},
		{"container true overrides pod false", withPodHostProcess(podSpecTestPod(nil, []v1.Container{yes}, nil), podSpecBool(false)), true, true},
		{"pod options without the flag", withPodHostProcess(podSpecTestPod(nil, []v1.Container{{}}, nil), nil), false, false},
		{"pod security context without options",
			func() *v1.Pod {
				pod := podSpecTestPod(nil, []v1.Container{{}}, nil)
				pod.Spec.SecurityContext = &v1.PodSecurityContext{}
				return pod
			}(), false, false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			assert.Equal(t, tt.wantAny, HasWindowsHostProcessContainer(tt.pod), "HasWindowsHostProcessContainer")
			assert.Equal(t, tt.wantAll, AllContainersAreWindowsHostProcess(tt.pod), "AllContainersAreWindowsHostProcess")
		})
	}
}

func TestIsHostNetworkPod(t *testing.T) {
	assert.False(t, IsHostNetworkPod(&v1.Pod{}))
	assert.True(t, IsHostNetworkPod(&v1.Pod{Spec: v1.PodSpec{HostNetwork: true}}))
}
