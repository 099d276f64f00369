package testing

import (
	"reflect"

	v1 "k8s.io/api/core/v1"
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

	f.sideLock.Lock()
	defer f.sideLock.Unlock()
	f.RuntimeType = ""
	if f.imagePullTokenBucket != nil {
		// Send until a send would block: this wakes every waiting
		// pull and then fills the slot.
		for full := false; !full; {
			select {
			case f.imagePullTokenBucket <- true:
			default:
				full = true
			}
		}
		f.imagePullTokenBucket = nil
	}
}

// assertList reports through T, and returns false, when actual differs from
// expected. Nil and empty slices differ.
func (f *FakeRuntime) assertList(expected []string, actual []string) bool {
	if !reflect.DeepEqual(expected, actual) {
		f.T.Errorf("AssertList: expected %#v, got %#v", expected, actual)
		return false
	}
	return true
}

// AssertCalls checks that CalledFunctions equals calls, in order. On a
// mismatch it reports through T.Errorf and returns false.
func (f *FakeRuntime) AssertCalls(calls []string) bool {
	f.Lock()
	defer f.Unlock()
	return f.assertList(calls, f.CalledFunctions)
}

// AssertCallCounts checks that funcName appears expectedCount times in
// CalledFunctions. On a mismatch it reports through T.Errorf and returns
// false.
func (f *FakeRuntime) AssertCallCounts(funcName string, expectedCount int) bool {
	f.Lock()
	defer f.Unlock()
	actualCount := 0
	for _, name := range f.CalledFunctions {
		if name == funcName {
			actualCount++
		}
	}
	if expectedCount != actualCount {
		f.T.Errorf("AssertCallCounts: expected %s to be called %d times, but was actually called %d times.", funcName, expectedCount, actualCount)
		return false
	}
	return true
}

// AssertStartedPods checks that StartedPods equals pods, in order.
func (f *FakeRuntime) AssertStartedPods(pods []string) bool {
	f.Lock()
	defer f.Unlock()
	return f.assertList(pods, f.StartedPods)
}

// AssertKilledPods checks that KilledPods equals pods, in order.
func (f *FakeRuntime) AssertKilledPods(pods []string) bool {
	f.Lock()
	defer f.Unlock()
	return f.assertList(pods, f.KilledPods)
}

// AssertStartedContainers checks that StartedContainers equals containers,
// in order.
func (f *FakeRuntime) AssertStartedContainers(containers []string) bool {
	f.Lock()
	defer f.Unlock()
	return f.assertList(containers, f.StartedContainers)
}

// AssertKilledContainers checks that KilledContainers equals containers, in
// order.
func (f *FakeRuntime) AssertKilledContainers(containers []string) bool {
	f.Lock()
	defer f.Unlock()
	return f.assertList(containers, f.KilledContainers)
}
