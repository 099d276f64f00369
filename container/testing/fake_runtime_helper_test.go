package testing

import (
	"context"
	"testing"

	"github.com/stretchr/testify/assert"
	v1 "k8s.io/api/core/v1"
	runtimeapi "k8s.io/cri-api/pkg/apis/runtime/v1"

	kubecontainer "github.com/kubecontainer/kubecontainer/container"
)

func TestFakeRuntimeHelperGenerateRunContainerOptions(t *testing.T) {
	tests := []struct {
		name      string
		container v1.Container
		want      *kubecontainer.RunContainerOptions
	}{
		{"no termination message path", v1.Container{Name: "a"}, &kubecontainer.RunContainerOptions{}},
		{"termination message path", v1.Container{TerminationMessagePath: "/dev/termination-log"},
			&kubecontainer.RunContainerOptions{PodContainerDir: "/pod/dir"}},
	}
	for _, tt := range tests {
		tt := tt
		t.Run(tt.name, func(t *testing.T) {
			f := &FakeRuntimeHelper{PodContainerDir: "/pod/dir", HostName: "h", Err: errFake}
			opts, cleanup, err := f.GenerateRunContainerOptions(context.Background(), nil, &tt.container, "10.0.0.1", nil)
			assert.NoError(t, err, "Err is not used here")
			assert.Nil(t, cleanup)
			assert.Equal(t, tt.want, opts)
		})
	}
}

func TestFakeRuntimeHelperGetPodDNS(t *testing.T) {
	servers, searches, options := []string{"10.0.0.10"}, []string{"svc.cluster.local"}, []string{"ndots:5"}
	for _, wantErr := range []error{nil, errFake} {
		f := &FakeRuntimeHelper{DNSServers: servers, DNSSearches: searches, DNSOptions: options, Err: wantErr}
		cfg, err := f.GetPodDNS(nil)
		assert.Equal(t, wantErr, err)
		assert.Equal(t, &runtimeapi.DNSConfig{Servers: servers, Searches: searches, Options: options}, cfg, "non-nil even with an error")
		assert.Same(t, &servers[0], &cfg.Servers[0], "the slices are shared")
		assert.Same(t, &searches[0], &cfg.Searches[0])
		assert.Same(t, &options[0], &cfg.Options[0])
	}
	cfg, err := (&FakeRuntimeHelper{}).GetPodDNS(&v1.Pod{})
	assert.NoError(t, err)
	assert.Equal(t, &runtimeapi.DNSConfig{}, cfg)
}

func TestFakeRuntimeHelperFixedAnswers(t *testing.T) {
	f := &FakeRuntimeHelper{HostName: "host", HostDomain: "example.com", Err: errFake}

	name, domain, err := f.GeneratePodHostNameAndDomain(nil)
	assert.Equal(t, "host", name)
	assert.Equal(t, "example.com", domain)
	assert.Same(t, errFake, err)

	assert.Equal(t, "", f.GetPodCgroupParent(nil))
	assert.Equal(t, "/poddir/1234-abcd", f.GetPodDir("1234-abcd"))
	assert.Equal(t, "/poddir/", f.GetPodDir(""))
	assert.Nil(t, f.GetExtraSupplementalGroupsForPod(nil))
	userns, err := f.GetOrCreateUserNamespaceMappings(nil)
	assert.Nil(t, userns)
	assert.NoError(t, err)
	assert.NoError(t, f.PrepareDynamicResources(nil))
	assert.NoError(t, f.UnprepareDynamicResources(nil))
}
