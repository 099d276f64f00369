package testing

import (
	"bufio"
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"os"
	"testing"
	"time"

	v1 "k8s.io/api/core/v1"
	"k8s.io/apimachinery/pkg/types"
	"k8s.io/client-go/util/flowcontrol"
	runtimeapi "k8s.io/cri-api/pkg/apis/runtime/v1"
	"k8s.io/klog/v2"

	kubecontainer "github.com/kubecontainer/kubecontainer/kubelet-1.37/container"
	"github.com/kubecontainer/kubecontainer/kubelet-1.37/credentialprovider"
	kubetypes "github.com/kubecontainer/kubecontainer/kubelet-1.37/kubelettypes"
)

// goldenFakesFile holds scenarios recorded on upstream's fakes by
// oracle/kubelet-1.37; ../testdata/README.md describes its shape.
const goldenFakesFile = "../testdata/fakes.jsonl"

type goldenScenario struct {
	Fake  string          `json:"fake"`
	Init  json.RawMessage `json:"init"`
	Calls []goldenCall    `json:"calls"`
	State json.RawMessage `json:"state"`
}

type goldenCall struct {
	Method  string            `json:"method"`
	Args    goldenArgs        `json:"args"`
	Results []json.RawMessage `json:"results"`
	Error   *string           `json:"error"`
	Panic   string            `json:"panic"`
}

type goldenArgs struct {
	All         *bool                                  `json:"all"`
	UID         *string                                `json:"uid"`
	Pod         *v1.Pod                                `json:"pod"`
	RunningPod  *kubecontainer.Pod                     `json:"runningPod"`
	Image       *kubecontainer.ImageSpec               `json:"image"`
	Creds       []credentialprovider.TrackedAuthConfig `json:"creds"`
	ContainerID *kubecontainer.ContainerID             `json:"containerID"`
	Container   *v1.Container                          `json:"container"`
	Text        *string                                `json:"text"`
	Texts       []string                               `json:"texts"`
	Count       *int                                   `json:"count"`
	Checkpoint  *runtimeapi.CheckpointContainerRequest `json:"checkpoint"`
	Time        *time.Time                             `json:"time"`
	PodStatus   *kubecontainer.PodStatus               `json:"podStatus"`
	ErrText     *string                                `json:"errText"`
}

// goldenOutcome is what one replayed call gave.
type goldenOutcome struct {
	results  []any
	err      error
	panicked bool
}

func outcome(err error, results ...any) goldenOutcome {
	return goldenOutcome{results: results, err: err}
}

// replayCall runs one call, turning a panic into a recorded outcome.
func replayCall(fn func() goldenOutcome) (o goldenOutcome) {
	defer func() {
		if r := recover(); r != nil {
			o = goldenOutcome{panicked: true}
		}
	}()
	return fn()
}

// errorOf is errors.New(*text), or nil.
func errorOf(text *string) error {
	if text == nil {
		return nil
	}
	return errors.New(*text)
}

type goldenRuntimeInit struct {
	PodList             []*FakePod
	AllPodList          []*FakePod
	ImageList           []kubecontainer.Image
	PodStatus           kubecontainer.PodStatus
	RuntimeStatus       *kubecontainer.RuntimeStatus
	VersionInfo         string
	APIVersionInfo      string
	RuntimeType         string
	PodResizeInProgress bool
	SwapBehavior        map[string]kubetypes.SwapBehavior
	Err                 *string
	InspectErr          *string
	StatusErr           *string
}

type goldenRuntimeState struct {
	CalledFunctions   []string
	StartedPods       []string
	KilledPods        []string
	StartedContainers []string
	KilledContainers  []string
	ImageList         []kubecontainer.Image
	TErrors           []string
}

// errorfRecorder is a TB that keeps every Errorf message.
type errorfRecorder struct{ errs []string }

func (r *errorfRecorder) Errorf(format string, args ...any) {
	r.errs = append(r.errs, fmt.Sprintf(format, args...))
}

func newGoldenRuntime(t *testing.T, raw json.RawMessage, rec *errorfRecorder) *FakeRuntime {
	t.Helper()
	var init goldenRuntimeInit
	if err := json.Unmarshal(raw, &init); err != nil {
		t.Fatalf("init: %v", err)
	}
	return &FakeRuntime{
		PodList:             init.PodList,
		AllPodList:          init.AllPodList,
		ImageList:           init.ImageList,
		PodStatus:           init.PodStatus,
		RuntimeStatus:       init.RuntimeStatus,
		VersionInfo:         init.VersionInfo,
		APIVersionInfo:      init.APIVersionInfo,
		RuntimeType:         init.RuntimeType,
		PodResizeInProgress: init.PodResizeInProgress,
		SwapBehavior:        init.SwapBehavior,
		Err:                 errorOf(init.Err),
		InspectErr:          errorOf(init.InspectErr),
		StatusErr:           errorOf(init.StatusErr),
		T:                   rec,
	}
}

type goldenSyncView struct {
	SyncResults []goldenSyncEntry `json:"syncResults"`
	Error       *string           `json:"error"`
}

type goldenSyncEntry struct {
	Action  string  `json:"action"`
	Target  any     `json:"target"`
	Error   *string `json:"error"`
	Message string  `json:"message"`
}

func textOf(err error) *string {
	if err == nil {
		return nil
	}
	s := err.Error()
	return &s
}

func syncView(r kubecontainer.PodSyncResult) goldenSyncView {
	v := goldenSyncView{Error: textOf(r.Error())}
	if r.SyncResults != nil {
		v.SyncResults = []goldenSyncEntry{}
	}
	for _, s := range r.SyncResults {
		v.SyncResults = append(v.SyncResults, goldenSyncEntry{string(s.Action), s.Target, textOf(s.Error), s.Message})
	}
	return v
}

func versionText(v kubecontainer.Version) *string {
	if v == nil {
		return nil
	}
	s := v.String()
	return &s
}

func replayRuntimeCall(f *FakeRuntime, c goldenCall) goldenOutcome {
	ctx := context.Background()
	logger := klog.Background()
	a := c.Args
	switch c.Method {
	case "GetPods":
		pods, err := f.GetPods(ctx, *a.All)
		return outcome(err, pods)
	case "GetPod":
		pod, err := f.GetPod(ctx, types.UID(*a.UID))
		return outcome(err, pod)
	case "KillPod":
		grace := int64(30)
		return outcome(f.KillPod(ctx, a.Pod, *a.RunningPod, &grace))
	case "SyncPod":
		r := f.SyncPod(ctx, a.Pod, &kubecontainer.PodStatus{}, nil, flowcontrol.NewBackOff(time.Second, time.Minute), false)
		return outcome(nil, syncView(r))
	case "PullImage":
		ref, creds, err := f.PullImage(ctx, *a.Image, a.Creds, nil)
		return outcome(err, ref, creds)
	case "GetImageRef":
		ref, err := f.GetImageRef(ctx, *a.Image)
		return outcome(err, ref)
	case "GetImageSize":
		size, err := f.GetImageSize(ctx, *a.Image)
		return outcome(err, size)
	case "ListImages":
		images, err := f.ListImages(ctx)
		return outcome(err, images)
	case "RemoveImage":
		return outcome(f.RemoveImage(ctx, *a.Image))
	case "ImageStats":
		stats, err := f.ImageStats(ctx)
		return outcome(err, stats)
	case "ImageFsInfo":
		info, err := f.ImageFsInfo(ctx)
		return outcome(err, info)
	case "GetContainerSwapBehavior":
		return outcome(nil, f.GetContainerSwapBehavior(a.Pod, a.Container))
	case "Status":
		st, err := f.Status(ctx)
		return outcome(err, st)
	case "Version":
		v, err := f.Version(ctx)
		return outcome(err, versionText(v))
	case "APIVersion":
		v, err := f.APIVersion()
		return outcome(err, versionText(v))
	case "Type":
		return outcome(nil, f.Type())
	case "GetPodStatus":
		st, err := f.GetPodStatus(ctx, a.RunningPod)
		return outcome(err, st)
	case "GetContainerLogs":
		var stdout, stderr bytes.Buffer
		err := f.GetContainerLogs(ctx, a.Pod, *a.ContainerID, &v1.PodLogOptions{}, &stdout, &stderr)
		return outcome(err, stdout.String(), stderr.String())
	case "DeleteContainer":
		return outcome(f.DeleteContainer(ctx, *a.ContainerID))
	case "UpdatePodCIDR":
		return outcome(f.UpdatePodCIDR(ctx, *a.Text))
	case "CheckpointContainer":
		return outcome(f.CheckpointContainer(ctx, a.Checkpoint))
	case "ListMetricDescriptors":
		d, err := f.ListMetricDescriptors(ctx)
		return outcome(err, d)
	case "ListPodSandboxMetrics":
		m, err := f.ListPodSandboxMetrics(ctx)
		return outcome(err, m)
	case "GetContainerStatus":
		st, err := f.GetContainerStatus(ctx, a.Pod.UID, *a.ContainerID)
		return outcome(err, st)
	case "GarbageCollect":
		policy := kubecontainer.GCPolicy{MinAge: time.Minute, MaxPerPodContainer: 1, MaxContainers: -1}
		return outcome(f.GarbageCollect(ctx, policy, *a.All, false))
	case "IsPodResizeInProgress":
		return outcome(nil, f.IsPodResizeInProgress(a.Pod, &kubecontainer.PodStatus{}))
	case "UpdateActuatedPodLevelResources":
		return outcome(f.UpdateActuatedPodLevelResources(logger, a.Pod))
	case "InitializeActuatedPod":
		f.InitializeActuatedPod(logger, a.Pod)
		return outcome(nil)
	case "KillContainerInPod":
		return outcome(f.KillContainerInPod(*a.Container, a.Pod))
	case "RunContainerInPod":
		return outcome(f.RunContainerInPod(*a.Container, a.Pod, nil))
	case "AssertCalls":
		return outcome(nil, f.AssertCalls(a.Texts))
	case "AssertCallCounts":
		return outcome(nil, f.AssertCallCounts(*a.Text, *a.Count))
	case "AssertStartedPods":
		return outcome(nil, f.AssertStartedPods(a.Texts))
	case "AssertKilledPods":
		return outcome(nil, f.AssertKilledPods(a.Texts))
	case "AssertStartedContainers":
		return outcome(nil, f.AssertStartedContainers(a.Texts))
	case "AssertKilledContainers":
		return outcome(nil, f.AssertKilledContainers(a.Texts))
	}
	panic("unknown FakeRuntime method " + c.Method)
}

type goldenHelperInit struct {
	DNSServers      []string
	DNSSearches     []string
	DNSOptions      []string
	HostName        string
	HostDomain      string
	PodContainerDir string
	RuntimeHandlers map[string]kubecontainer.RuntimeHandler
	Err             *string
}

func replayHelperCall(h *FakeRuntimeHelper, c goldenCall) goldenOutcome {
	ctx := context.Background()
	logger := klog.Background()
	a := c.Args
	switch c.Method {
	case "GetPodDNS":
		dns, err := h.GetPodDNS(ctx, a.Pod)
		return outcome(err, dns)
	case "GeneratePodHostNameAndDomain":
		host, domain, err := h.GeneratePodHostNameAndDomain(logger, a.Pod)
		return outcome(err, host, domain)
	case "GetPodCgroupParent":
		return outcome(nil, h.GetPodCgroupParent(a.Pod))
	case "GetPodDir":
		return outcome(nil, h.GetPodDir(a.Pod.UID))
	case "GetExtraSupplementalGroupsForPod":
		return outcome(nil, h.GetExtraSupplementalGroupsForPod(a.Pod))
	case "GetOrCreateUserNamespaceMappings":
		ns, err := h.GetOrCreateUserNamespaceMappings(logger, a.Pod, *a.Text)
		return outcome(err, ns)
	case "PrepareDynamicResources":
		return outcome(h.PrepareDynamicResources(ctx, a.Pod))
	case "UnprepareDynamicResources":
		return outcome(h.UnprepareDynamicResources(ctx, a.Pod))
	case "OnPodSandboxReady":
		return outcome(h.OnPodSandboxReady(ctx, a.Pod))
	case "GenerateRunContainerOptions":
		opts, cleanup, err := h.GenerateRunContainerOptions(ctx, a.Pod, a.Container, *a.Text, a.Texts, nil)
		return outcome(err, opts, cleanup != nil)
	case "PodCPUAndMemoryStats":
		stats, err := h.PodCPUAndMemoryStats(ctx, a.Pod, nil)
		return outcome(err, stats)
	case "ResizeEphemeralVolume":
		return outcome(h.ResizeEphemeralVolume(a.Pod, *a.Text, nil))
	case "RequestPodReinspect":
		h.RequestPodReinspect(a.Pod.UID)
		return outcome(nil)
	case "RequestPodRelist":
		h.RequestPodRelist(a.Pod.UID)
		return outcome(nil)
	}
	panic("unknown FakeRuntimeHelper method " + c.Method)
}

func replayOSCall(f *FakeOS, c goldenCall) goldenOutcome {
	var path string
	if c.Args.Text != nil {
		path = *c.Args.Text
	}
	switch c.Method {
	case "Hostname":
		name, err := f.Hostname()
		return outcome(err, name)
	case "Remove":
		return outcome(f.Remove(path))
	case "RemoveAll":
		return outcome(f.RemoveAll(path))
	case "MkdirAll":
		return outcome(f.MkdirAll(path, 0o755))
	case "Symlink":
		return outcome(f.Symlink(path, c.Args.Texts[0]))
	case "Stat":
		fi, err := f.Stat(path)
		return outcome(err, fi == nil)
	case "Glob":
		m, err := f.Glob(path)
		return outcome(err, m)
	case "ReadDir":
		d, err := f.ReadDir(path)
		return outcome(err, len(d), d == nil)
	case "Create":
		file, err := f.Create(path)
		return outcome(err, file == nil)
	case "Chmod":
		return outcome(f.Chmod(path, 0o600))
	case "Chtimes":
		t := time.Date(2023, 4, 11, 10, 0, 0, 0, time.UTC)
		return outcome(f.Chtimes(path, t, t))
	case "Open":
		file, err := f.Open(path)
		return outcome(err, file == nil)
	case "OpenFile":
		file, err := f.OpenFile(path, os.O_RDONLY, 0)
		return outcome(err, file == nil)
	case "Rename":
		return outcome(f.Rename(path, c.Args.Texts[0]))
	case "Pipe":
		r, w, err := f.Pipe()
		return outcome(err, r == nil, w == nil)
	}
	panic("unknown FakeOS method " + c.Method)
}

func replayCacheCall(cache kubecontainer.Cache, c goldenCall) goldenOutcome {
	a := c.Args
	uid := types.UID(*a.UID)
	switch c.Method {
	case "Get":
		st, err := cache.Get(uid)
		return outcome(err, st)
	case "GetNewerThan":
		st, err := cache.GetNewerThan(uid, *a.Time)
		return outcome(err, st)
	case "Set":
		return outcome(nil, cache.Set(uid, a.PodStatus, errorOf(a.ErrText), *a.Time))
	case "Delete":
		cache.Delete(uid)
		return outcome(nil)
	case "UpdateTime":
		cache.UpdateTime(*a.Time)
		return outcome(nil)
	case "SetObservedTime":
		cache.SetObservedTime(uid, *a.Time)
		return outcome(nil)
	}
	panic("unknown FakeCache method " + c.Method)
}

// replayScenario replays s on the line's fakes and reports each difference
// from upstream's recording, prefixed with where.
func replayScenario(t *testing.T, where string, s goldenScenario) {
	t.Helper()
	var replay func(goldenCall) goldenOutcome
	var state func() any
	switch s.Fake {
	case "FakeRuntime", "FakeRuntimeCache", "FakeCache":
		rec := &errorfRecorder{}
		f := newGoldenRuntime(t, s.Init, rec)
		switch s.Fake {
		case "FakeRuntime":
			replay = func(c goldenCall) goldenOutcome { return replayRuntimeCall(f, c) }
			state = func() any {
				return goldenRuntimeState{f.CalledFunctions, f.StartedPods, f.KilledPods, f.StartedContainers, f.KilledContainers, f.ImageList, rec.errs}
			}
		case "FakeRuntimeCache":
			rc := NewFakeRuntimeCache(f)
			replay = func(c goldenCall) goldenOutcome {
				if c.Method == "ForceUpdateIfOlder" {
					return outcome(rc.ForceUpdateIfOlder(context.Background(), *c.Args.Time))
				}
				pods, err := rc.GetPods(context.Background())
				return outcome(err, pods)
			}
		case "FakeCache":
			cache := NewFakeCache(f)
			replay = func(c goldenCall) goldenOutcome { return replayCacheCall(cache, c) }
		}
		if state == nil {
			state = func() any { return struct{ CalledFunctions []string }{f.CalledFunctions} }
		}
	case "FakeRuntimeHelper":
		var init goldenHelperInit
		mustUnmarshal(t, s.Init, &init)
		h := &FakeRuntimeHelper{DNSServers: init.DNSServers, DNSSearches: init.DNSSearches, DNSOptions: init.DNSOptions,
			HostName: init.HostName, HostDomain: init.HostDomain, PodContainerDir: init.PodContainerDir,
			RuntimeHandlers: init.RuntimeHandlers, Err: errorOf(init.Err)}
		replay = func(c goldenCall) goldenOutcome { return replayHelperCall(h, c) }
		state = func() any { return nil }
	case "FakeVersion":
		var init struct{ Version string }
		mustUnmarshal(t, s.Init, &init)
		v := &FakeVersion{Version: init.Version}
		replay = func(c goldenCall) goldenOutcome {
			if c.Method == "String" {
				return outcome(nil, v.String())
			}
			n, err := v.Compare(*c.Args.Text)
			return outcome(err, n)
		}
		state = func() any { return nil }
	case "FakeOS":
		var init struct {
			HostName string
			Removes  []string
		}
		mustUnmarshal(t, s.Init, &init)
		f := &FakeOS{HostName: init.HostName, Removes: init.Removes}
		replay = func(c goldenCall) goldenOutcome { return replayOSCall(f, c) }
		state = func() any {
			st := struct {
				HostName string
				Removes  []string
				Files    map[string]int
			}{HostName: f.HostName, Removes: f.Removes}
			if f.Files != nil {
				st.Files = map[string]int{}
				for k, v := range f.Files {
					st.Files[k] = len(v)
				}
			}
			return st
		}
	case "FakeContainerCommandRunner":
		var init struct {
			Stdout string
			Err    *string
		}
		mustUnmarshal(t, s.Init, &init)
		r := &FakeContainerCommandRunner{Stdout: init.Stdout, Err: errorOf(init.Err)}
		replay = func(c goldenCall) goldenOutcome {
			out, err := r.RunInContainer(context.Background(), *c.Args.ContainerID, c.Args.Texts, time.Second)
			return outcome(err, string(out), out == nil)
		}
		state = func() any {
			return &struct {
				ContainerID kubecontainer.ContainerID
				Cmd         []string
			}{r.ContainerID, r.Cmd}
		}
	case "FakeReadyProvider":
		p := NewFakeReadyProvider()
		replay = func(goldenCall) goldenOutcome { return outcome(nil, p.AllReady()) }
		state = func() any { return nil }
	default:
		t.Errorf("%s: unknown fake %q", where, s.Fake)
		return
	}
	for i, c := range s.Calls {
		at := fmt.Sprintf("%s: call %d (%s)", where, i+1, c.Method)
		got := replayCall(func() goldenOutcome { return replay(c) })
		if got.panicked != (c.Panic != "") {
			t.Errorf("%s: panicked %v, upstream panicked %v (%s)", at, got.panicked, c.Panic != "", c.Panic)
			return
		}
		if got.panicked {
			break
		}
		if gotErr, wantErr := textOf(got.err), c.Error; (gotErr == nil) != (wantErr == nil) || (gotErr != nil && *gotErr != *wantErr) {
			t.Errorf("%s: error %s, upstream %s", at, show(gotErr), show(wantErr))
		}
		var gotResults []json.RawMessage
		for _, r := range got.results {
			gotResults = append(gotResults, mustMarshal(t, r))
		}
		compareJSON(t, at+" results", mustMarshal(t, c.Results), mustMarshal(t, gotResults))
	}
	compareJSON(t, where+": state", s.State, mustMarshal(t, state()))
}

func show(s *string) string {
	if s == nil {
		return "nil"
	}
	return fmt.Sprintf("%q", *s)
}

func mustMarshal(t *testing.T, v any) []byte {
	t.Helper()
	b, err := json.Marshal(v)
	if err != nil {
		t.Fatalf("marshal %T: %v", v, err)
	}
	return b
}

func mustUnmarshal(t *testing.T, raw json.RawMessage, v any) {
	t.Helper()
	if err := json.Unmarshal(raw, v); err != nil {
		t.Fatalf("unmarshal %T: %v", v, err)
	}
}

// compareJSON reports when two JSON texts differ (after compaction).
func compareJSON(t *testing.T, where string, want, got []byte) {
	t.Helper()
	var w, g bytes.Buffer
	if err := json.Compact(&w, want); err != nil {
		t.Errorf("%s: stored JSON: %v", where, err)
		return
	}
	if err := json.Compact(&g, got); err != nil {
		t.Errorf("%s: our JSON: %v", where, err)
		return
	}
	if !bytes.Equal(w.Bytes(), g.Bytes()) {
		t.Errorf("%s:\n  upstream %s\n  ours     %s", where, w.Bytes(), g.Bytes())
	}
}

// TestGoldenFakes replays every scenario of fakes.jsonl, recorded on
// upstream's fakes, on this package's fakes.
func TestGoldenFakes(t *testing.T) {
	f, err := os.Open(goldenFakesFile)
	if err != nil {
		t.Fatalf("golden fakes: %v", err)
	}
	defer func() { _ = f.Close() }()
	sc := bufio.NewScanner(f)
	sc.Buffer(nil, 16<<20)
	n := 0
	for sc.Scan() {
		n++
		where := fmt.Sprintf("%s:%d", goldenFakesFile, n)
		var s goldenScenario
		if err := json.Unmarshal(sc.Bytes(), &s); err != nil {
			t.Fatalf("%s: %v", where, err)
		}
		replayScenario(t, where+" "+s.Fake, s)
	}
	if err := sc.Err(); err != nil {
		t.Fatalf("%s: %v", goldenFakesFile, err)
	}
	if n == 0 {
		t.Fatalf("%s: no scenarios", goldenFakesFile)
	}
}
