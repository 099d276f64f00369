package main

import (
	"context"
	"os"
	"time"

	v1 "k8s.io/api/core/v1"
	"k8s.io/apimachinery/pkg/types"
	"k8s.io/klog/v2"
	kc "k8s.io/kubernetes/pkg/kubelet/container"
	ktesting "k8s.io/kubernetes/pkg/kubelet/container/testing"
)

// script runs n random calls; each is made by next, and the script stops
// at the first panic.
func script(n int, next func() fakeCall) []fakeCall {
	var calls []fakeCall
	for i := 0; i < n; i++ {
		c := next()
		calls = append(calls, c)
		if c.Panic != "" {
			break
		}
	}
	return calls
}

// helperInit is the initial state of a FakeRuntimeHelper scenario.
type helperInit struct {
	DNSServers      []string
	DNSSearches     []string
	DNSOptions      []string
	HostName        string
	HostDomain      string
	PodContainerDir string
	RuntimeHandlers map[string]kc.RuntimeHandler
	Err             *string
}

var helperMethods = []string{"GetPodDNS", "GeneratePodHostNameAndDomain", "GetPodCgroupParent", "GetPodDir",
	"GetExtraSupplementalGroupsForPod", "GetOrCreateUserNamespaceMappings", "PrepareDynamicResources",
	"UnprepareDynamicResources", "OnPodSandboxReady", "GenerateRunContainerOptions", "PodCPUAndMemoryStats",
	"ResizeEphemeralVolume", "RequestPodReinspect", "RequestPodRelist"}

func (g *gen) helperScenario() (line, error) {
	init := helperInit{
		HostName:        pick(g, "", "node-1"),
		HostDomain:      pick(g, "", "cluster.local"),
		PodContainerDir: pick(g, "", "/var/lib/kubelet/pods/x/containers"),
		Err:             g.optText(0.3, "helper failed"),
	}
	if g.chance(0.6) {
		init.DNSServers, init.DNSSearches, init.DNSOptions = []string{"10.96.0.10"}, []string{"default.svc.cluster.local"}, []string{"ndots:5"}
	}
	if g.chance(0.5) {
		init.RuntimeHandlers = map[string]kc.RuntimeHandler{"runc": {Name: "runc", SupportsUserNamespaces: true}}
	}
	init, initRaw, err := decodeInto(init)
	if err != nil {
		return nil, err
	}
	h := &ktesting.FakeRuntimeHelper{
		DNSServers: init.DNSServers, DNSSearches: init.DNSSearches, DNSOptions: init.DNSOptions,
		HostName: init.HostName, HostDomain: init.HostDomain, PodContainerDir: init.PodContainerDir,
		RuntimeHandlers: init.RuntimeHandlers, Err: optErr(init.Err),
	}
	ctx := context.Background()
	logger := klog.Background()
	calls := script(2+g.intn(6), func() fakeCall {
		method := pick(g, helperMethods...)
		a := fakeArgs{Pod: g.apiPod()}
		switch method {
		case "GetOrCreateUserNamespaceMappings":
			a.Text = textPtr(pick(g, "", "runc", "kata"))
		case "GenerateRunContainerOptions":
			a.Container = &v1.Container{Name: "app", Image: "nginx"}
			a.Text = textPtr(pick(g, "", "10.244.1.7"))
			a.Texts = []string{"10.244.1.7", "fd00::7"}
		case "ResizeEphemeralVolume":
			a.Text = textPtr("scratch")
		}
		a, _, _ = decodeInto(a)
		c := fakeCall{Method: method, Args: a}
		protect(&c, func() {
			switch method {
			case "GetPodDNS":
				dns, err := h.GetPodDNS(ctx, a.Pod)
				c.Results, c.Error = results(dns), errPtr(err)
			case "GeneratePodHostNameAndDomain":
				host, domain, err := h.GeneratePodHostNameAndDomain(logger, a.Pod)
				c.Results, c.Error = results(host, domain), errPtr(err)
			case "GetPodCgroupParent":
				c.Results = results(h.GetPodCgroupParent(a.Pod))
			case "GetPodDir":
				c.Results = results(h.GetPodDir(a.Pod.UID))
			case "GetExtraSupplementalGroupsForPod":
				c.Results = results(h.GetExtraSupplementalGroupsForPod(a.Pod))
			case "GetOrCreateUserNamespaceMappings":
				ns, err := h.GetOrCreateUserNamespaceMappings(logger, a.Pod, *a.Text)
				c.Results, c.Error = results(ns), errPtr(err)
			case "PrepareDynamicResources":
				c.Error = errPtr(h.PrepareDynamicResources(ctx, a.Pod))
			case "UnprepareDynamicResources":
				c.Error = errPtr(h.UnprepareDynamicResources(ctx, a.Pod))
			case "OnPodSandboxReady":
				c.Error = errPtr(h.OnPodSandboxReady(ctx, a.Pod))
			case "GenerateRunContainerOptions":
				opts, cleanup, err := h.GenerateRunContainerOptions(ctx, a.Pod, a.Container, *a.Text, a.Texts, nil)
				c.Results, c.Error = results(opts, cleanup != nil), errPtr(err)
			case "PodCPUAndMemoryStats":
				stats, err := h.PodCPUAndMemoryStats(ctx, a.Pod, nil)
				c.Results, c.Error = results(stats), errPtr(err)
			case "ResizeEphemeralVolume":
				c.Error = errPtr(h.ResizeEphemeralVolume(a.Pod, *a.Text, nil))
			case "RequestPodReinspect":
				h.RequestPodReinspect(a.Pod.UID)
			case "RequestPodRelist":
				h.RequestPodRelist(a.Pod.UID)
			}
		})
		return c
	})
	return line{}.add("fake", "FakeRuntimeHelper").addRaw("init", initRaw).add("calls", calls).add("state", nil), nil
}

// versionInit is the initial state of a FakeVersion scenario.
type versionInit struct{ Version string }

var versionStrings = []string{"", "1.7.0", "1.10.0", "1.7", "v1.7.0", "1.7.0-rc.1", "abc", "2", "1.7.0+meta", "0.1.0"}

func (g *gen) versionScenario() (line, error) {
	init, initRaw, err := decodeInto(versionInit{Version: pick(g, versionStrings...)})
	if err != nil {
		return nil, err
	}
	v := &ktesting.FakeVersion{Version: init.Version}
	calls := script(2+g.intn(4), func() fakeCall {
		if g.chance(0.2) {
			c := fakeCall{Method: "String"}
			protect(&c, func() { c.Results = results(v.String()) })
			return c
		}
		c := fakeCall{Method: "Compare", Args: fakeArgs{Text: textPtr(pick(g, versionStrings...))}}
		protect(&c, func() {
			n, err := v.Compare(*c.Args.Text)
			c.Results, c.Error = results(n), errPtr(err)
		})
		return c
	})
	return line{}.add("fake", "FakeVersion").addRaw("init", initRaw).add("calls", calls).add("state", nil), nil
}

// osInit is the initial state of a FakeOS scenario.
type osInit struct {
	HostName string
	Removes  []string
}

// osState is a FakeOS's recorded state after a script.
type osState struct {
	HostName string
	Removes  []string
	// Files gives the number of FileInfo entries per path.
	Files map[string]int
}

var osMethods = []string{"Hostname", "Remove", "RemoveAll", "MkdirAll", "Symlink", "Stat", "Glob", "ReadDir", "Create",
	"Chmod", "Chtimes", "Open", "OpenFile", "Rename", "Pipe"}

func (g *gen) osScenario() (line, error) {
	init := osInit{HostName: pick(g, "", "node-1")}
	if g.chance(0.3) {
		init.Removes = []string{"/old"}
	}
	init, initRaw, err := decodeInto(init)
	if err != nil {
		return nil, err
	}
	f := &ktesting.FakeOS{HostName: init.HostName, Removes: init.Removes}
	calls := script(2+g.intn(8), func() fakeCall {
		method := pick(g, osMethods...)
		path := pick(g, "/var/lib/kubelet/pods/a", "/tmp/x", "", "/var/log/pods/*")
		c := fakeCall{Method: method, Args: fakeArgs{Text: &path}}
		if method == "Symlink" || method == "Rename" {
			c.Args.Texts = []string{pick(g, "/a", "/b")}
		}
		protect(&c, func() {
			switch method {
			case "Hostname":
				c.Args.Text = nil
				name, err := f.Hostname()
				c.Results, c.Error = results(name), errPtr(err)
			case "Remove":
				c.Error = errPtr(f.Remove(path))
			case "RemoveAll":
				c.Error = errPtr(f.RemoveAll(path))
			case "MkdirAll":
				c.Error = errPtr(f.MkdirAll(path, 0o755))
			case "Symlink":
				c.Error = errPtr(f.Symlink(path, c.Args.Texts[0]))
			case "Stat":
				fi, err := f.Stat(path)
				c.Results, c.Error = results(fi == nil), errPtr(err)
			case "Glob":
				m, err := f.Glob(path)
				c.Results, c.Error = results(m), errPtr(err)
			case "ReadDir":
				d, err := f.ReadDir(path)
				c.Results, c.Error = results(len(d), d == nil), errPtr(err)
			case "Create":
				file, err := f.Create(path)
				c.Results, c.Error = results(file == nil), errPtr(err)
			case "Chmod":
				c.Error = errPtr(f.Chmod(path, 0o600))
			case "Chtimes":
				c.Error = errPtr(f.Chtimes(path, baseInstant, baseInstant))
			case "Open":
				file, err := f.Open(path)
				c.Results, c.Error = results(file == nil), errPtr(err)
			case "OpenFile":
				file, err := f.OpenFile(path, os.O_RDONLY, 0)
				c.Results, c.Error = results(file == nil), errPtr(err)
			case "Rename":
				c.Error = errPtr(f.Rename(path, c.Args.Texts[0]))
			case "Pipe":
				c.Args.Text = nil
				r, w, err := f.Pipe()
				c.Results, c.Error = results(r == nil, w == nil), errPtr(err)
			}
		})
		return c
	})
	state := osState{HostName: f.HostName, Removes: f.Removes}
	if f.Files != nil {
		state.Files = map[string]int{}
		for k, v := range f.Files {
			state.Files[k] = len(v)
		}
	}
	return line{}.add("fake", "FakeOS").addRaw("init", initRaw).add("calls", calls).add("state", state), nil
}

// runnerInit is the initial state of a FakeContainerCommandRunner scenario.
type runnerInit struct {
	Stdout string
	Err    *string
}

// runnerState is what the runner recorded of its last call.
type runnerState struct {
	ContainerID kc.ContainerID
	Cmd         []string
}

func (g *gen) commandRunnerScenario() (line, error) {
	init, initRaw, err := decodeInto(runnerInit{Stdout: pick(g, "", "ok\n", "é<&>"), Err: g.optText(0.3, "exec failed")})
	if err != nil {
		return nil, err
	}
	r := &ktesting.FakeContainerCommandRunner{Stdout: init.Stdout, Err: optErr(init.Err)}
	calls := script(1+g.intn(3), func() fakeCall {
		id := kc.ContainerID{Type: "containerd", ID: g.hex(6)}
		var cmd []string
		if !g.chance(0.2) {
			cmd = []string{"cat", pick(g, "/etc/hostname", "/tmp/x")}
		}
		c := fakeCall{Method: "RunInContainer", Args: fakeArgs{ContainerID: &id, Texts: cmd}}
		protect(&c, func() {
			out, err := r.RunInContainer(context.Background(), id, cmd, time.Second)
			c.Results, c.Error = results(string(out), out == nil), errPtr(err)
		})
		return c
	})
	state := runnerState{ContainerID: r.ContainerID, Cmd: r.Cmd}
	return line{}.add("fake", "FakeContainerCommandRunner").addRaw("init", initRaw).add("calls", calls).add("state", &state), nil
}

// getterState is the FakeRuntime behind a cache after a script.
type getterState struct{ CalledFunctions []string }

func (g *gen) runtimeCacheScenario() (line, error) {
	init, initRaw, err := decodeInto(g.runtimeInit())
	if err != nil {
		return nil, err
	}
	rt := newFakeRuntime(init, &scenarioRecorder{})
	rc := ktesting.NewFakeRuntimeCache(rt)
	calls := script(1+g.intn(4), func() fakeCall {
		if g.chance(0.3) {
			t := g.instant(5, time.Second)
			c := fakeCall{Method: "ForceUpdateIfOlder", Args: fakeArgs{Time: &t}}
			protect(&c, func() { c.Error = errPtr(rc.ForceUpdateIfOlder(context.Background(), t)) })
			return c
		}
		c := fakeCall{Method: "GetPods"}
		protect(&c, func() {
			pods, err := rc.GetPods(context.Background())
			c.Results, c.Error = results(pods), errPtr(err)
		})
		return c
	})
	return line{}.add("fake", "FakeRuntimeCache").addRaw("init", initRaw).add("calls", calls).
		add("state", getterState{rt.CalledFunctions}), nil
}

func (g *gen) cacheScenario() (line, error) {
	init, initRaw, err := decodeInto(g.runtimeInit())
	if err != nil {
		return nil, err
	}
	rt := newFakeRuntime(init, &scenarioRecorder{})
	cache := ktesting.NewFakeCache(rt)
	calls := script(1+g.intn(5), func() fakeCall {
		uid := pick(g, podUIDs...)
		method := pick(g, "Get", "GetNewerThan", "Set", "Delete", "UpdateTime", "SetObservedTime")
		t := g.instant(5, time.Second)
		a := fakeArgs{UID: &uid}
		switch method {
		case "GetNewerThan", "UpdateTime", "SetObservedTime":
			a.Time = &t
		case "Set":
			a.Time = &t
			a.PodStatus = &kc.PodStatus{ID: types.UID(uid), Name: "p"}
			a.ErrText = g.optText(0.3, "inspect failed")
		}
		a, _, _ = decodeInto(a)
		c := fakeCall{Method: method, Args: a}
		protect(&c, func() {
			switch method {
			case "Get":
				st, err := cache.Get(types.UID(uid))
				c.Results, c.Error = results(st), errPtr(err)
			case "GetNewerThan":
				st, err := cache.GetNewerThan(types.UID(uid), *a.Time)
				c.Results, c.Error = results(st), errPtr(err)
			case "Set":
				c.Results = results(cache.Set(types.UID(uid), a.PodStatus, optErr(a.ErrText), *a.Time))
			case "Delete":
				cache.Delete(types.UID(uid))
			case "UpdateTime":
				cache.UpdateTime(*a.Time)
			case "SetObservedTime":
				cache.SetObservedTime(types.UID(uid), *a.Time)
			}
		})
		return c
	})
	return line{}.add("fake", "FakeCache").addRaw("init", initRaw).add("calls", calls).
		add("state", getterState{rt.CalledFunctions}), nil
}

func (g *gen) readyProviderScenario() (line, error) {
	p := ktesting.NewFakeReadyProvider()
	calls := script(1+g.intn(2), func() fakeCall {
		c := fakeCall{Method: "AllReady"}
		protect(&c, func() { c.Results = results(p.AllReady()) })
		return c
	})
	return line{}.add("fake", "FakeReadyProvider").add("init", nil).add("calls", calls).add("state", nil), nil
}
