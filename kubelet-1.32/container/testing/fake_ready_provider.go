package testing

import kubecontainer "github.com/kubecontainer/kubecontainer/kubelet-1.32/container"

// FakeReadyProvider is a SourcesReadyProvider whose sources are all ready.
type FakeReadyProvider struct {
	kubecontainer.SourcesReadyProvider
}

// NewFakeReadyProvider returns a FakeReadyProvider.
func NewFakeReadyProvider() kubecontainer.SourcesReadyProvider {
	return &FakeReadyProvider{}
}

// AllReady returns true.
func (frp *FakeReadyProvider) AllReady() bool {
	return true
}
