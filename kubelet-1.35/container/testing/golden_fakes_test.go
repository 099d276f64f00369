package testing

import (
	"testing"

	"github.com/kubecontainer/kubecontainer/internal/fakecheck"
)

// TestGoldenFakes replays ../testdata/fakes.jsonl, scenarios recorded on
// kubelet v1.35.4's own fakes by oracle/kubelet, on this package's fakes.
func TestGoldenFakes(t *testing.T) {
	fakecheck.Replay(t, "../testdata/fakes.jsonl", fakecheck.Fakes{
		New: map[string]func() any{
			"FakeRuntime":                func() any { return &FakeRuntime{} },
			"FakeStreamingRuntime":       func() any { return &FakeStreamingRuntime{FakeRuntime: &FakeRuntime{}} },
			"FakeRuntimeHelper":          func() any { return &FakeRuntimeHelper{} },
			"FakeVersion":                func() any { return &FakeVersion{} },
			"FakeOS":                     func() any { return &FakeOS{} },
			"FakeContainerCommandRunner": func() any { return &FakeContainerCommandRunner{} },
			"FakeReadyProvider":          func() any { return NewFakeReadyProvider() },
		},
		Over: map[string]func(any) any{
			"FakeRuntimeCache": func(runtime any) any { return NewFakeRuntimeCache(runtime.(*FakeRuntime)) },
			"FakeCache":        func(runtime any) any { return NewFakeCache(runtime.(*FakeRuntime)) },
		},
	})
}
