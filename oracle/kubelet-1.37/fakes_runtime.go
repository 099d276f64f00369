package main

import (
	"bytes"
	"context"
	"errors"
	"time"

	v1 "k8s.io/api/core/v1"
	"k8s.io/apimachinery/pkg/types"
	"k8s.io/client-go/util/flowcontrol"
	runtimeapi "k8s.io/cri-api/pkg/apis/runtime/v1"
	"k8s.io/klog/v2"
	"k8s.io/kubernetes/pkg/credentialprovider"
	kc "k8s.io/kubernetes/pkg/kubelet/container"
	ktesting "k8s.io/kubernetes/pkg/kubelet/container/testing"
	kubetypes "k8s.io/kubernetes/pkg/kubelet/types"
)

// fakeArgs holds the arguments of any scripted call; each method reads
// the ones it takes (see the README).
type fakeArgs struct {
	All         *bool                                  `json:"all,omitempty"`
	UID         *string                                `json:"uid,omitempty"`
	Pod         *v1.Pod                                `json:"pod,omitempty"`
	RunningPod  *kc.Pod                                `json:"runningPod,omitempty"`
	Image       *kc.ImageSpec                          `json:"image,omitempty"`
	Creds       []credentialprovider.TrackedAuthConfig `json:"creds,omitempty"`
	ContainerID *kc.ContainerID                        `json:"containerID,omitempty"`
	Container   *v1.Container                          `json:"container,omitempty"`
	Text        *string                                `json:"text,omitempty"`
	Texts       []string                               `json:"texts,omitempty"`
	Count       *int                                   `json:"count,omitempty"`
	Checkpoint  *runtimeapi.CheckpointContainerRequest `json:"checkpoint,omitempty"`
	Time        *time.Time                             `json:"time,omitempty"`
	PodStatus   *kc.PodStatus                          `json:"podStatus,omitempty"`
	ErrText     *string                                `json:"errText,omitempty"`
}

// runtimeInit is the initial state of a FakeRuntime scenario.
type runtimeInit struct {
	PodList             []*ktesting.FakePod
	AllPodList          []*ktesting.FakePod
	ImageList           []kc.Image
	PodStatus           kc.PodStatus
	RuntimeStatus       *kc.RuntimeStatus
	VersionInfo         string
	APIVersionInfo      string
	RuntimeType         string
	PodResizeInProgress bool
	SwapBehavior        map[string]kubetypes.SwapBehavior
	Err                 *string
	InspectErr          *string
	StatusErr           *string
}

// runtimeState is a FakeRuntime's recorded state after a script.
type runtimeState struct {
	CalledFunctions   []string
	StartedPods       []string
	KilledPods        []string
	StartedContainers []string
	KilledContainers  []string
	ImageList         []kc.Image
	// TErrors are the messages the fake gave its T (a recorder).
	TErrors []string
}

func optErr(s *string) error {
	if s == nil {
		return nil
	}
	return errors.New(*s)
}

// newFakeRuntime configures an upstream FakeRuntime from init.
func newFakeRuntime(init runtimeInit, rec *scenarioRecorder) *ktesting.FakeRuntime {
	return &ktesting.FakeRuntime{
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
		Err:                 optErr(init.Err),
		InspectErr:          optErr(init.InspectErr),
		StatusErr:           optErr(init.StatusErr),
		T:                   rec,
	}
}

var podUIDs = []string{"uid-1", "uid-2", "uid-3", "missing"}

func (g *gen) fakeKubePod(uid string) *kc.Pod {
	p := &kc.Pod{ID: types.UID(uid), Name: "pod-" + uid, Namespace: pick(g, "default", "kube-system")}
	for i, n := 0, g.intn(3); i < n; i++ {
		p.Containers = append(p.Containers, &kc.Container{
			ID:    kc.ContainerID{Type: "containerd", ID: g.hex(8)},
			Name:  pick(g, "app", "sidecar", "init"),
			Image: pick(g, realisticImages...),
			State: pick(g, states...),
			Hash:  uint64(g.r.Uint32()),
		})
	}
	if g.chance(0.5) {
		p.Sandboxes = []*kc.Container{{ID: kc.ContainerID{Type: "containerd", ID: g.hex(12)}, State: kc.ContainerStateRunning}}
	}
	return p
}

func (g *gen) fakeImage() kc.Image {
	return kc.Image{
		ID:          "sha256:" + g.hex(12),
		RepoTags:    []string{pick(g, "nginx:1.25", "redis:7", "busybox:1.36")},
		RepoDigests: []string{},
		Size:        int64(g.intn(1 << 20)),
		Pinned:      g.chance(0.2),
		Spec:        kc.ImageSpec{Image: pick(g, "nginx:1.25", "redis:7", "sha256:abc")},
	}
}

func (g *gen) optText(p float64, pool ...string) *string {
	if !g.chance(p) {
		return nil
	}
	return textPtr(pick(g, pool...))
}

func (g *gen) runtimeInit() runtimeInit {
	init := runtimeInit{
		VersionInfo:         pick(g, "", "1.7.0", "2.0.0-rc.1"),
		APIVersionInfo:      pick(g, "", "0.1.0", "v1"),
		RuntimeType:         pick(g, "", "containerd", "fakeRuntime"),
		PodResizeInProgress: g.chance(0.3),
		Err:                 g.optText(0.25, "runtime error", "rpc error: code = Unavailable"),
		InspectErr:          g.optText(0.25, "inspect failed"),
		StatusErr:           g.optText(0.25, "status failed"),
	}
	for i, n := 0, g.intn(3); i < n; i++ {
		init.PodList = append(init.PodList, &ktesting.FakePod{Pod: g.fakeKubePod(podUIDs[i]), NetnsPath: pick(g, "", "/var/run/netns/x")})
	}
	for i, n := 0, g.intn(4); i < n; i++ {
		init.AllPodList = append(init.AllPodList, &ktesting.FakePod{Pod: g.fakeKubePod(podUIDs[i])})
	}
	for i, n := 0, g.intn(3); i < n; i++ {
		init.ImageList = append(init.ImageList, g.fakeImage())
	}
	if g.chance(0.5) {
		pod := g.restartPod(0, false)
		init.PodStatus = g.podStatus(&pod)
	}
	if g.chance(0.5) {
		init.RuntimeStatus = &kc.RuntimeStatus{Conditions: []kc.RuntimeCondition{{Type: kc.RuntimeReady, Status: g.chance(0.5)}}}
	}
	if g.chance(0.4) {
		init.SwapBehavior = map[string]kubetypes.SwapBehavior{"app": kubetypes.LimitedSwap, "db": kubetypes.NoSwap}
	}
	return init
}

var runtimeMethods = []string{
	"GetPods", "GetPod", "KillPod", "SyncPod", "PullImage", "GetImageRef", "GetImageSize", "ListImages", "RemoveImage",
	"ImageStats", "ImageFsInfo", "GetContainerSwapBehavior", "Status", "Version", "APIVersion", "Type", "GetPodStatus",
	"GetContainerLogs", "DeleteContainer", "UpdatePodCIDR", "CheckpointContainer", "ListMetricDescriptors",
	"ListPodSandboxMetrics", "GetContainerStatus", "GarbageCollect", "IsPodResizeInProgress",
	"UpdateActuatedPodLevelResources", "InitializeActuatedPod", "KillContainerInPod", "RunContainerInPod",
	"AssertCalls", "AssertCallCounts", "AssertStartedPods", "AssertKilledPods", "AssertStartedContainers", "AssertKilledContainers",
}

func (g *gen) apiPod() *v1.Pod {
	uid := pick(g, podUIDs...)
	p := &v1.Pod{}
	p.UID = types.UID(uid)
	p.Name = "pod-" + uid
	p.Namespace = "default"
	for i, n := 0, g.intn(3); i < n; i++ {
		p.Spec.Containers = append(p.Spec.Containers, v1.Container{Name: pick(g, "app", "db", "sidecar"), Image: "nginx"})
	}
	return p
}

func (g *gen) runtimeArgs(method string, called []string) fakeArgs {
	var a fakeArgs
	image := &kc.ImageSpec{Image: pick(g, "nginx:1.25", "redis:7", "sha256:abc", "")}
	switch method {
	case "GetPods":
		all := g.chance(0.5)
		a.All = &all
	case "GetPod":
		a.UID = textPtr(pick(g, podUIDs...))
	case "KillPod":
		a.Pod = g.apiPod()
		a.RunningPod = g.fakeKubePod(pick(g, podUIDs...))
	case "SyncPod", "IsPodResizeInProgress", "UpdateActuatedPodLevelResources", "InitializeActuatedPod":
		a.Pod = g.apiPod()
	case "PullImage":
		a.Image = image
		for i, n := 0, g.intn(3); i < n; i++ {
			c := credentialprovider.TrackedAuthConfig{AuthConfigHash: g.hex(6)}
			c.Username, c.Password, c.ServerAddress = pick(g, "", "user"), pick(g, "", "pw"), pick(g, "", "registry.example")
			if g.chance(0.5) {
				c.Source = &credentialprovider.CredentialSource{Secret: &credentialprovider.SecretCoordinates{UID: "s1", Namespace: "default", Name: "pull"}}
			}
			a.Creds = append(a.Creds, c)
		}
	case "GetImageRef", "GetImageSize", "RemoveImage":
		a.Image = image
	case "GetContainerSwapBehavior":
		a.Pod = g.apiPod()
		a.Container = &v1.Container{Name: pick(g, "app", "db", "other")}
	case "GetPodStatus":
		a.RunningPod = g.fakeKubePod(pick(g, podUIDs...))
	case "GetContainerLogs", "DeleteContainer", "GetContainerStatus":
		a.Pod = g.apiPod()
		a.ContainerID = &kc.ContainerID{Type: "containerd", ID: g.hex(6)}
	case "UpdatePodCIDR":
		a.Text = textPtr(pick(g, "10.244.0.0/24", "", "fd00::/64"))
	case "CheckpointContainer":
		a.Checkpoint = &runtimeapi.CheckpointContainerRequest{ContainerId: g.hex(6), Location: "/var/lib/kubelet/checkpoints/x.tar", Timeout: 5}
	case "GarbageCollect":
		all := g.chance(0.5)
		a.All = &all
	case "KillContainerInPod", "RunContainerInPod":
		a.Pod = g.apiPod()
		a.Container = &v1.Container{Name: pick(g, "app", "db", "sidecar"), Image: "nginx"}
	case "AssertCalls":
		a.Texts = append([]string{}, called...)
		if g.chance(0.4) {
			a.Texts = append(a.Texts, "GetPods")
		}
	case "AssertCallCounts":
		a.Text = textPtr(pick(g, "GetPods", "SyncPod", "KillPod", "PullImage", "Status"))
		n := g.intn(3)
		a.Count = &n
	case "AssertStartedPods", "AssertKilledPods", "AssertStartedContainers", "AssertKilledContainers":
		for i, n := 0, g.intn(3); i < n; i++ {
			a.Texts = append(a.Texts, pick(g, podUIDs...), pick(g, "app", "db", "sidecar"))
		}
		if a.Texts == nil && g.chance(0.5) {
			a.Texts = []string{}
		}
	}
	return a
}

// runFakeRuntimeCall calls method on f with a and records the outcome.
func runFakeRuntimeCall(f *ktesting.FakeRuntime, method string, a fakeArgs) fakeCall {
	ctx := context.Background()
	logger := klog.Background()
	c := fakeCall{Method: method, Args: a}
	protect(&c, func() {
		switch method {
		case "GetPods":
			pods, err := f.GetPods(ctx, *a.All)
			c.Results, c.Error = results(pods), errPtr(err)
		case "GetPod":
			pod, err := f.GetPod(ctx, types.UID(*a.UID))
			c.Results, c.Error = results(pod), errPtr(err)
		case "KillPod":
			grace := int64(30)
			c.Error = errPtr(f.KillPod(ctx, a.Pod, *a.RunningPod, &grace))
		case "SyncPod":
			r := f.SyncPod(ctx, a.Pod, &kc.PodStatus{}, nil, flowcontrol.NewBackOff(time.Second, time.Minute), false)
			c.Results = results(syncResultJSON(r))
		case "PullImage":
			ref, creds, err := f.PullImage(ctx, *a.Image, a.Creds, nil)
			c.Results, c.Error = results(ref, creds), errPtr(err)
		case "GetImageRef":
			ref, err := f.GetImageRef(ctx, *a.Image)
			c.Results, c.Error = results(ref), errPtr(err)
		case "GetImageSize":
			size, err := f.GetImageSize(ctx, *a.Image)
			c.Results, c.Error = results(size), errPtr(err)
		case "ListImages":
			images, err := f.ListImages(ctx)
			c.Results, c.Error = results(images), errPtr(err)
		case "RemoveImage":
			c.Error = errPtr(f.RemoveImage(ctx, *a.Image))
		case "ImageStats":
			stats, err := f.ImageStats(ctx)
			c.Results, c.Error = results(stats), errPtr(err)
		case "ImageFsInfo":
			info, err := f.ImageFsInfo(ctx)
			c.Results, c.Error = results(info), errPtr(err)
		case "GetContainerSwapBehavior":
			c.Results = results(f.GetContainerSwapBehavior(a.Pod, a.Container))
		case "Status":
			st, err := f.Status(ctx)
			c.Results, c.Error = results(st), errPtr(err)
		case "Version", "APIVersion":
			var v kc.Version
			var err error
			if method == "Version" {
				v, err = f.Version(ctx)
			} else {
				v, err = f.APIVersion()
			}
			c.Results, c.Error = results(versionString(v)), errPtr(err)
		case "Type":
			c.Results = results(f.Type())
		case "GetPodStatus":
			st, err := f.GetPodStatus(ctx, a.RunningPod)
			c.Results, c.Error = results(st), errPtr(err)
		case "GetContainerLogs":
			var stdout, stderr bytes.Buffer
			err := f.GetContainerLogs(ctx, a.Pod, *a.ContainerID, &v1.PodLogOptions{}, &stdout, &stderr)
			c.Results, c.Error = results(stdout.String(), stderr.String()), errPtr(err)
		case "DeleteContainer":
			c.Error = errPtr(f.DeleteContainer(ctx, *a.ContainerID))
		case "UpdatePodCIDR":
			c.Error = errPtr(f.UpdatePodCIDR(ctx, *a.Text))
		case "CheckpointContainer":
			c.Error = errPtr(f.CheckpointContainer(ctx, a.Checkpoint))
		case "ListMetricDescriptors":
			d, err := f.ListMetricDescriptors(ctx)
			c.Results, c.Error = results(d), errPtr(err)
		case "ListPodSandboxMetrics":
			m, err := f.ListPodSandboxMetrics(ctx)
			c.Results, c.Error = results(m), errPtr(err)
		case "GetContainerStatus":
			st, err := f.GetContainerStatus(ctx, a.Pod.UID, *a.ContainerID)
			c.Results, c.Error = results(st), errPtr(err)
		case "GarbageCollect":
			c.Error = errPtr(f.GarbageCollect(ctx, kc.GCPolicy{MinAge: time.Minute, MaxPerPodContainer: 1, MaxContainers: -1}, *a.All, false))
		case "IsPodResizeInProgress":
			c.Results = results(f.IsPodResizeInProgress(a.Pod, &kc.PodStatus{}))
		case "UpdateActuatedPodLevelResources":
			c.Error = errPtr(f.UpdateActuatedPodLevelResources(logger, a.Pod))
		case "InitializeActuatedPod":
			f.InitializeActuatedPod(logger, a.Pod)
		case "KillContainerInPod":
			c.Error = errPtr(f.KillContainerInPod(*a.Container, a.Pod))
		case "RunContainerInPod":
			c.Error = errPtr(f.RunContainerInPod(*a.Container, a.Pod, nil))
		case "AssertCalls":
			c.Results = results(f.AssertCalls(a.Texts))
		case "AssertCallCounts":
			c.Results = results(f.AssertCallCounts(*a.Text, *a.Count))
		case "AssertStartedPods":
			c.Results = results(f.AssertStartedPods(a.Texts))
		case "AssertKilledPods":
			c.Results = results(f.AssertKilledPods(a.Texts))
		case "AssertStartedContainers":
			c.Results = results(f.AssertStartedContainers(a.Texts))
		case "AssertKilledContainers":
			c.Results = results(f.AssertKilledContainers(a.Texts))
		}
	})
	return c
}

// syncResultView is how a PodSyncResult is written: its results (each
// error as text) and the text of Error().
type syncResultView struct {
	SyncResults []syncResultEntry `json:"syncResults"`
	Error       *string           `json:"error"`
}

type syncResultEntry struct {
	Action  string  `json:"action"`
	Target  any     `json:"target"`
	Error   *string `json:"error"`
	Message string  `json:"message"`
}

func syncResultJSON(r kc.PodSyncResult) syncResultView {
	v := syncResultView{Error: errPtr(r.Error())}
	if r.SyncResults != nil {
		v.SyncResults = []syncResultEntry{}
	}
	for _, s := range r.SyncResults {
		v.SyncResults = append(v.SyncResults, syncResultEntry{string(s.Action), s.Target, errPtr(s.Error), s.Message})
	}
	return v
}

// versionString is v.String(), or null for a nil Version.
func versionString(v kc.Version) *string {
	if v == nil {
		return nil
	}
	return textPtr(v.String())
}

func (g *gen) runtimeScenario() (line, error) {
	init, initRaw, err := decodeInto(g.runtimeInit())
	if err != nil {
		return nil, err
	}
	rec := &scenarioRecorder{}
	f := newFakeRuntime(init, rec)
	var calls []fakeCall
	for i, n := 0, 3+g.intn(10); i < n; i++ {
		method := pick(g, runtimeMethods...)
		args, _, err := decodeInto(g.runtimeArgs(method, f.CalledFunctions))
		if err != nil {
			return nil, err
		}
		c := runFakeRuntimeCall(f, method, args)
		calls = append(calls, c)
		if c.Panic != "" {
			break // the script ends at the first panic
		}
	}
	state := runtimeState{
		CalledFunctions:   f.CalledFunctions,
		StartedPods:       f.StartedPods,
		KilledPods:        f.KilledPods,
		StartedContainers: f.StartedContainers,
		KilledContainers:  f.KilledContainers,
		ImageList:         f.ImageList,
		TErrors:           rec.errs,
	}
	return line{}.add("fake", "FakeRuntime").addRaw("init", initRaw).add("calls", calls).add("state", state), nil
}
