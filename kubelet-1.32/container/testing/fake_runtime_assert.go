package testing

import "github.com/kubecontainer/kubecontainer/internal/fakes"

// AssertCalls checks that CalledFunctions equals calls, in order, nil
// differing from empty; a mismatch is reported through T.Errorf.
func (f *FakeRuntime) AssertCalls(calls []string) bool {
	return fakes.ReadLocked(f, func() bool { return fakes.AssertList(f.T, calls, f.CalledFunctions) })
}

// AssertCallCounts checks that funcName appears expectedCount times in
// CalledFunctions; a mismatch is reported through T.Errorf.
func (f *FakeRuntime) AssertCallCounts(funcName string, expectedCount int) bool {
	return fakes.ReadLocked(f, func() bool { return fakes.AssertCallCount(f.T, f.CalledFunctions, funcName, expectedCount) })
}

// AssertStartedPods checks that StartedPods equals pods, in order.
func (f *FakeRuntime) AssertStartedPods(pods []string) bool {
	return fakes.ReadLocked(f, func() bool { return fakes.AssertList(f.T, pods, f.StartedPods) })
}

// AssertKilledPods checks that KilledPods equals pods, in order.
func (f *FakeRuntime) AssertKilledPods(pods []string) bool {
	return fakes.ReadLocked(f, func() bool { return fakes.AssertList(f.T, pods, f.KilledPods) })
}

// AssertStartedContainers checks that StartedContainers equals containers,
// in order.
func (f *FakeRuntime) AssertStartedContainers(containers []string) bool {
	return fakes.ReadLocked(f, func() bool { return fakes.AssertList(f.T, containers, f.StartedContainers) })
}

// AssertKilledContainers checks that KilledContainers equals containers, in
// order.
func (f *FakeRuntime) AssertKilledContainers(containers []string) bool {
	return fakes.ReadLocked(f, func() bool { return fakes.AssertList(f.T, containers, f.KilledContainers) })
}
