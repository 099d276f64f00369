package testing

import (
	"context"
	"net/url"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	v1 "k8s.io/api/core/v1"
	"k8s.io/apimachinery/pkg/types"
	runtimeapi "k8s.io/cri-api/pkg/apis/runtime/v1"
	statsapi "k8s.io/kubelet/pkg/apis/stats/v1alpha1"

	kubecontainer "github.com/kubecontainer/kubecontainer/kubelet-1.37/container"
)

func TestFakeVersion(t *testing.T) {
	tests := []struct {
		version, other string
		want           int
	}{{"1.9", "1.10", 1}, {"1.10", "1.9", -1}, {"1.2.3", "1.2.3", 0}, {"not-semver", "", 1}}
	for _, tt := range tests {
		v := &FakeVersion{Version: tt.version}
		got, err := v.Compare(tt.other)
		assert.NoError(t, err)
		assert.Equal(t, tt.want, got, "%q vs %q", tt.version, tt.other)
		assert.Equal(t, tt.version, v.String())
	}
}

func TestFakeStreamingRuntime(t *testing.T) {
	ctx := context.Background()
	f := &FakeStreamingRuntime{FakeRuntime: &FakeRuntime{Err: errBoom}}
	calls := []func() (*url.URL, error){
		func() (*url.URL, error) {
			return f.GetExec(ctx, kubecontainer.ContainerID{}, nil, true, true, true, true)
		},
		func() (*url.URL, error) { return f.GetAttach(ctx, kubecontainer.ContainerID{}, true, true, true, true) },
		func() (*url.URL, error) { return f.GetPortForward(ctx, "pod", "ns", "uid", []int32{80}) },
	}
	for _, call := range calls {
		u, err := call()
		assert.Equal(t, errBoom, err)
		assert.Equal(t, "//localhost:12345", u.String())
	}
	assert.Equal(t, []string{"GetExec", "GetAttach", "GetPortForward"}, f.CalledFunctions)
}

func TestFakeCommandRunner(t *testing.T) {
	tests := []struct {
		name   string
		runner *FakeContainerCommandRunner
		want   string
	}{
		{name: "empty output is not nil", runner: &FakeContainerCommandRunner{}},
		{name: "output and error", runner: &FakeContainerCommandRunner{Stdout: "ok", Err: errBoom}, want: "ok"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			cmd := []string{"cat", "/etc/hostname"}
			id := kubecontainer.ContainerID{Type: "containerd", ID: "abc"}
			out, err := tt.runner.RunInContainer(context.Background(), id, cmd, time.Second)
			assert.NotNil(t, out)
			assert.Equal(t, tt.want, string(out))
			assert.Equal(t, tt.runner.Err, err)
			assert.Equal(t, id, tt.runner.ContainerID)
			assert.Same(t, &cmd[0], &tt.runner.Cmd[0], "the caller's slice, not a copy")
		})
	}
}

func TestFakeCaches(t *testing.T) {
	f := &FakeRuntime{PodList: []*FakePod{{Pod: &kubecontainer.Pod{ID: "a"}}}, PodStatus: kubecontainer.PodStatus{ID: "stored"}}
	rc := NewFakeRuntimeCache(f)
	pods, err := rc.GetPods(context.Background())
	require.NoError(t, err)
	assert.Len(t, pods, 1)
	assert.NoError(t, rc.ForceUpdateIfOlder(context.Background(), time.Now()))

	cache := NewFakeCache(f)
	status, err := cache.Get("asked")
	require.NoError(t, err)
	assert.Equal(t, types.UID("stored"), status.ID, "the runtime's status, whatever was asked")
	status, _ = cache.GetNewerThan("asked", time.Now().Add(time.Hour))
	assert.NotNil(t, status, "never blocks")
	assert.True(t, cache.Set("x", nil, nil, time.Now()))
	cache.SetObservedTime("x", time.Now())
	cache.Delete("x")
	cache.UpdateTime(time.Now())
	assert.Equal(t, []string{"GetPods", "GetPodStatus", "GetPodStatus"}, f.CalledFunctions)
	assert.True(t, NewFakeReadyProvider().AllReady())
}

func TestFakeRuntimeHelper(t *testing.T) {
	ctx := context.Background()
	h := &FakeRuntimeHelper{
		DNSServers: []string{"10.0.0.10"}, HostName: "host", HostDomain: "svc", PodContainerDir: "/pods/c", Err: errBoom,
		PodStats: map[types.UID]*statsapi.PodStats{"u1": {}},
	}
	withPath := &v1.Container{TerminationMessagePath: "/dev/termination-log"}
	opts, cleanup, err := h.GenerateRunContainerOptions(ctx, nil, withPath, "", nil, nil)
	assert.Equal(t, "/pods/c", opts.PodContainerDir)
	assert.Nil(t, cleanup)
	assert.NoError(t, err, "Err is not used here")
	opts, _, _ = h.GenerateRunContainerOptions(ctx, nil, &v1.Container{}, "", nil, nil)
	assert.Equal(t, &kubecontainer.RunContainerOptions{}, opts)

	dns, err := h.GetPodDNS(ctx, nil)
	assert.Equal(t, errBoom, err)
	assert.Equal(t, []string{"10.0.0.10"}, dns.Servers)
	host, domain, err := h.GeneratePodHostNameAndDomain(testLogger(), nil)
	assert.Equal(t, []any{"host", "svc", errBoom}, []any{host, domain, err})
	assert.Equal(t, "/poddir/u1", h.GetPodDir("u1"))
	assert.Empty(t, h.GetPodCgroupParent(nil))
	assert.Nil(t, h.GetExtraSupplementalGroupsForPod(nil))
	assert.NoError(t, h.PrepareDynamicResources(ctx, nil))
	assert.NoError(t, h.UnprepareDynamicResources(ctx, nil))
	assert.NoError(t, h.OnPodSandboxReady(ctx, nil))
	assert.NoError(t, h.ResizeEphemeralVolume(nil, "v", nil))
	h.RequestPodReinspect("u1")
	h.RequestPodRelist("u1")

	pod := &v1.Pod{}
	pod.UID = "u1"
	stats, err := h.PodCPUAndMemoryStats(ctx, pod, nil)
	assert.NoError(t, err)
	assert.Same(t, h.PodStats["u1"], stats)
	pod.UID = "u2"
	_, err = h.PodCPUAndMemoryStats(ctx, pod, nil)
	assert.Error(t, err)
}

func TestFakeRuntimeHelperUserNamespaces(t *testing.T) {
	hostUsers := func(b bool) *v1.Pod {
		pod := &v1.Pod{}
		pod.Spec.HostUsers = &b
		return pod
	}
	h := &FakeRuntimeHelper{RuntimeHandlers: map[string]kubecontainer.RuntimeHandler{
		"userns": {Name: "userns", SupportsUserNamespaces: true},
		"plain":  {Name: "plain"},
	}}
	tests := []struct {
		name    string
		pod     *v1.Pod
		handler string
		wantNS  bool
		wantErr bool
	}{
		{name: "nil pod", pod: nil},
		{name: "hostUsers unset", pod: &v1.Pod{}},
		{name: "hostUsers true", pod: hostUsers(true)},
		{name: "user namespace", pod: hostUsers(false), handler: "userns", wantNS: true},
		{name: "handler without support", pod: hostUsers(false), handler: "plain", wantErr: true},
		{name: "unknown handler", pod: hostUsers(false), handler: "missing", wantErr: true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			ns, err := h.GetOrCreateUserNamespaceMappings(testLogger(), tt.pod, tt.handler)
			assert.Equal(t, tt.wantErr, err != nil, "error %v", err)
			assert.Equal(t, tt.wantNS, ns != nil)
			if ns != nil {
				assert.Equal(t, runtimeapi.NamespaceMode_POD, ns.Mode)
				assert.Equal(t, int64(65536), int64(ns.Uids[0].HostId))
			}
		})
	}
}
