package testing

import "github.com/kubecontainer/kubecontainer/internal/fakes"

// AssertCalls reports through T.Errorf, and returns false, unless
// CalledFunctions equals calls (order and nil-ness count).
func (f *FakeRuntime) AssertCalls(calls []string) bool {
	return fakes.ReadLocked(f, func() bool { return fakes.AssertList(f.T, calls, f.CalledFunctions) })
}

// AssertCallCounts reports through T.Errorf, and returns false, unless
// funcName was recorded expectedCount times.
func (f *FakeRuntime) AssertCallCounts(funcName string, expectedCount int) bool {
	return fakes.ReadLocked(f, func() bool { return fakes.AssertCallCount(f.T, f.CalledFunctions, funcName, expectedCount) })
}

// AssertStartedPods checks StartedPods as AssertCalls checks calls.
func (f *FakeRuntime) AssertStartedPods(pods []string) bool {
	return fakes.ReadLocked(f, func() bool { return fakes.AssertList(f.T, pods, f.StartedPods) })
}

// AssertKilledPods checks KilledPods as AssertCalls checks calls.
func (f *FakeRuntime) AssertKilledPods(pods []string) bool {
	return fakes.ReadLocked(f, func() bool { return fakes.AssertList(f.T, pods, f.KilledPods) })
}

// AssertStartedContainers checks StartedContainers as AssertCalls checks
// calls.
func (f *FakeRuntime) AssertStartedContainers(containers []string) bool {
	return fakes.ReadLocked(f, func() bool { return fakes.AssertList(f.T, containers, f.StartedContainers) })
}

// AssertKilledContainers checks KilledContainers as AssertCalls checks
// calls.
func (f *FakeRuntime) AssertKilledContainers(containers []string) bool {
	return fakes.ReadLocked(f, func() bool { return fakes.AssertList(f.T, containers, f.KilledContainers) })
}
