package testing

import (
	"context"
	"os"
	"os/exec"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	v1 "k8s.io/api/core/v1"

	kubecontainer "github.com/kubecontainer/kubecontainer/container"
)

func TestClearCalls(t *testing.T) {
	podStatus := kubecontainer.PodStatus{ID: "kept"}
	images := []kubecontainer.Image{{ID: "kept"}}
	f := &FakeRuntime{
		CalledFunctions:   []string{"GetPods"},
		PodList:           []*FakePod{{}},
		AllPodList:        []*FakePod{{}},
		ImageList:         images,
		APIPodStatus:      v1.PodStatus{Message: "gone"},
		PodStatus:         podStatus,
		StartedPods:       []string{"p"},
		KilledPods:        []string{"p"},
		StartedContainers: []string{"c"},
		KilledContainers:  []string{"c"},
		RuntimeStatus:     &kubecontainer.RuntimeStatus{},
		VersionInfo:       "1.0",
		APIVersionInfo:    "v1",
		RuntimeType:       "fake",
		Err:               errFake,
		InspectErr:        errInspect,
		StatusErr:         errStatus,
		BlockImagePulls:   true,
		T:                 t,
	}
	f.ClearCalls()

	want := &FakeRuntime{
		CalledFunctions:   []string{},
		PodList:           []*FakePod{},
		AllPodList:        []*FakePod{},
		ImageList:         images,
		PodStatus:         podStatus,
		StartedPods:       []string{},
		KilledPods:        []string{},
		StartedContainers: []string{},
		KilledContainers:  []string{},
		APIVersionInfo:    "v1",
		T:                 t,
	}
	assert.Equal(t, want, f)
	assert.NotNil(t, f.CalledFunctions, "empty, not nil")
	assert.NotNil(t, f.KilledContainers, "empty, not nil")
	assert.Same(t, &images[0], &f.ImageList[0], "ImageList is kept as it was")
}

func TestClearCallsFlipsNilAndEmpty(t *testing.T) {
	f := &FakeRuntime{T: t}
	assert.True(t, f.AssertCalls(nil), "a fresh fake holds nil")
	f.ClearCalls()
	assert.True(t, f.AssertCalls([]string{}), "after ClearCalls it holds an empty slice")
	assert.True(t, f.AssertStartedPods([]string{}))
	assert.True(t, f.AssertKilledPods([]string{}))
	assert.True(t, f.AssertStartedContainers([]string{}))
	assert.True(t, f.AssertKilledContainers([]string{}))
}

func TestAssertHelpersPass(t *testing.T) {
	ctx := context.Background()
	f := &FakeRuntime{T: t}
	pod := &v1.Pod{}
	pod.UID = "uid"
	pod.Spec.Containers = []v1.Container{{Name: "a"}}
	_ = f.SyncPod(ctx, pod, nil, nil, nil)
	_ = f.KillPod(ctx, nil, kubecontainer.Pod{ID: "id", Containers: []*kubecontainer.Container{{Name: "b"}}}, nil)
	_, _ = f.GetPods(ctx, false)
	_, _ = f.GetPods(ctx, true)

	assert.True(t, f.AssertCalls([]string{"SyncPod", "KillPod", "GetPods", "GetPods"}))
	assert.True(t, f.AssertCallCounts("GetPods", 2))
	assert.True(t, f.AssertCallCounts("Version", 0))
	assert.True(t, f.AssertStartedPods([]string{"uid"}))
	assert.True(t, f.AssertKilledPods([]string{"id"}))
	assert.True(t, f.AssertStartedContainers([]string{"a"}))
	assert.True(t, f.AssertKilledContainers([]string{"b"}))
}

// assertFailureCases are run by TestAssertFailureChild in a child process
// (their failures must not fail this test binary); TestAssertHelpersFail
// checks what they reported.
var assertFailureCases = []struct {
	name   string
	run    func(f *FakeRuntime) bool
	report string
}{
	{"AssertCalls", func(f *FakeRuntime) bool { return f.AssertCalls([]string{"a"}) },
		`AssertList: expected []string{"a"}, got []string(nil)`},
	{"AssertCallsEmptyOnFreshFake", func(f *FakeRuntime) bool { return f.AssertCalls([]string{}) },
		`AssertList: expected []string{}, got []string(nil)`},
	{"AssertCallsNilAfterClearCalls", func(f *FakeRuntime) bool { f.ClearCalls(); return f.AssertCalls(nil) },
		`AssertList: expected []string(nil), got []string{}`},
	{"AssertCallsOrder", func(f *FakeRuntime) bool {
		_, _ = f.APIVersion()
		_, _ = f.Status(context.Background())
		return f.AssertCalls([]string{"Status", "APIVersion"})
	}, `AssertList: expected []string{"Status", "APIVersion"}, got []string{"APIVersion", "Status"}`},
	{"AssertCallsDuplicates", func(f *FakeRuntime) bool {
		_, _ = f.APIVersion()
		_, _ = f.APIVersion()
		return f.AssertCalls([]string{"APIVersion"})
	}, `AssertList: expected []string{"APIVersion"}, got []string{"APIVersion", "APIVersion"}`},
	{"AssertStartedPods", func(f *FakeRuntime) bool { return f.AssertStartedPods([]string{"p"}) },
		`AssertList: expected []string{"p"}, got []string(nil)`},
	{"AssertKilledPods", func(f *FakeRuntime) bool { f.KilledPods = []string{"x"}; return f.AssertKilledPods(nil) },
		`AssertList: expected []string(nil), got []string{"x"}`},
	{"AssertStartedContainers", func(f *FakeRuntime) bool { return f.AssertStartedContainers([]string{"c"}) },
		`AssertList: expected []string{"c"}, got []string(nil)`},
	{"AssertKilledContainers", func(f *FakeRuntime) bool { return f.AssertKilledContainers([]string{"c"}) },
		`AssertList: expected []string{"c"}, got []string(nil)`},
	{"AssertCallCounts", func(f *FakeRuntime) bool {
		_, _ = f.GetPods(context.Background(), true)
		return f.AssertCallCounts("GetPods", 2)
	}, `AssertCallCounts: expected GetPods to be called 2 times, but was actually called 1 times.`},
	{"AssertCallCountsExactName", func(f *FakeRuntime) bool {
		_, _ = f.GetPods(context.Background(), true)
		return f.AssertCallCounts("getpods", 1)
	}, `AssertCallCounts: expected getpods to be called 1 times, but was actually called 0 times.`},
}

const assertChildEnv = "KUBECONTAINER_ASSERT_CHILD"

// TestAssertFailureChild runs the failing assertions; it does something only
// inside the child process that TestAssertHelpersFail starts.
func TestAssertFailureChild(t *testing.T) {
	if os.Getenv(assertChildEnv) != "1" {
		t.Skip("runs only as the child of TestAssertHelpersFail")
	}
	for _, tc := range assertFailureCases {
		tc := tc
		t.Run(tc.name, func(t *testing.T) {
			f := &FakeRuntime{T: t}
			t.Logf("returned=%v", tc.run(f))
		})
	}
}

// TestAssertHelpersFail runs the failing assertions in a child test process
// with a real *testing.T, and checks each one's report, its return value,
// and that it failed its test without stopping it.
func TestAssertHelpersFail(t *testing.T) {
	if os.Getenv(assertChildEnv) == "1" {
		t.Skip("this is the child")
	}
	cmd := exec.Command(os.Args[0], "-test.run=^TestAssertFailureChild$", "-test.v", "-test.count=1")
	cmd.Env = append(os.Environ(), assertChildEnv+"=1")
	out, err := cmd.CombinedOutput()
	require.Error(t, err, "the child's tests must fail:\n%s", out)

	sections := splitSubtests(string(out), "TestAssertFailureChild")
	for _, tc := range assertFailureCases {
		section, ok := sections[tc.name]
		if !assert.True(t, ok, "no output for %s in:\n%s", tc.name, out) {
			continue
		}
		assert.Contains(t, section, tc.report, tc.name)
		assert.Contains(t, section, "returned=false", tc.name+": the helper returns false and does not stop the test")
		assert.Contains(t, section, "--- FAIL: TestAssertFailureChild/"+tc.name, tc.name)
	}
}

// splitSubtests cuts `go test -v` output into the lines of each subtest of
// parent, keyed by subtest name.
func splitSubtests(out, parent string) map[string]string {
	sections := make(map[string]string)
	current := ""
	for _, line := range strings.Split(out, "\n") {
		if name, ok := strings.CutPrefix(strings.TrimSpace(line), "=== RUN   "+parent+"/"); ok {
			current = name
		}
		if name, ok := strings.CutPrefix(strings.TrimSpace(line), "--- FAIL: "+parent+"/"); ok {
			name = strings.Fields(name)[0]
			sections[name] += line + "\n"
			current = ""
			continue
		}
		if current != "" {
			sections[current] += line + "\n"
		}
	}
	return sections
}

func TestAssertHelpersWithoutTPanicOnFailure(t *testing.T) {
	helpers := map[string]func(f *FakeRuntime) bool{
		"AssertCalls":             func(f *FakeRuntime) bool { return f.AssertCalls([]string{"x"}) },
		"AssertCallCounts":        func(f *FakeRuntime) bool { return f.AssertCallCounts("x", 1) },
		"AssertStartedPods":       func(f *FakeRuntime) bool { return f.AssertStartedPods([]string{"x"}) },
		"AssertKilledPods":        func(f *FakeRuntime) bool { return f.AssertKilledPods([]string{"x"}) },
		"AssertStartedContainers": func(f *FakeRuntime) bool { return f.AssertStartedContainers([]string{"x"}) },
		"AssertKilledContainers":  func(f *FakeRuntime) bool { return f.AssertKilledContainers([]string{"x"}) },
	}
	for name, helper := range helpers {
		helper := helper
		t.Run(name, func(t *testing.T) {
			f := &FakeRuntime{}
			assert.Panics(t, func() { helper(f) })
			assert.True(t, f.TryLock(), "the lock is released after the panic")
		})
	}
	assert.True(t, (&FakeRuntime{}).AssertCalls(nil), "success needs no T")
}
