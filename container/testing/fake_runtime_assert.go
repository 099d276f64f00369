package testing

import (
	v1 "k8s.io/api/core/v1"

	"github.com/kubecontainer/kubecontainer/internal/fakes"
)

// ClearCalls resets the fake for the next step of a test: the recorded
// calls, pods and containers become empty (non-nil) slices; APIPodStatus,
// RuntimeStatus, VersionInfo, RuntimeType, the three errors and
// BlockImagePulls go back to their zero values; every pull waiting for a
// token is released and the token bucket is dropped. ImageList, PodStatus,
// APIVersionInfo and T are kept.
func (f *FakeRuntime) ClearCalls() {
	f.Lock()
	defer f.Unlock()

	f.CalledFunctions = []string{}
	f.PodList = []*FakePod{}
	f.AllPodList = []*FakePod{}
	f.APIPodStatus = v1.PodStatus{}
	f.StartedPods = []string{}
	f.KilledPods = []string{}
	f.StartedContainers = []string{}
	f.KilledContainers = []string{}
	f.RuntimeStatus = nil
	f.VersionInfo = ""
	f.Err = nil
	f.InspectErr = nil
	f.StatusErr = nil
	f.BlockImagePulls = false

	f.typeLock.Lock()
	f.RuntimeType = ""
	f.typeLock.Unlock()
	f.imagePulls.Reset()
}

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
