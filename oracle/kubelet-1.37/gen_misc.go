package main

import (
	"time"

	v1 "k8s.io/api/core/v1"
	metav1 "k8s.io/apimachinery/pkg/apis/meta/v1"
	kc "k8s.io/kubernetes/pkg/kubelet/container"
)

var syncActions = []string{"StartContainer", "KillContainer", "InitContainer", "CreatePodSandbox", "ConfigPodSandbox",
	"KillPodSandbox", "ResizePodInPlace", "RemoveContainer", "", "Custom", "SetupNetwork", "TeardownNetwork"}
var syncTexts = []string{"", "CrashLoopBackOff", "ImagePullBackOff", "back-off 10s restarting failed container", `a"b\c`, "é\u00a0", "\x01", "%d %s", "<&>"}

func genMiscFile(g *gen) []line {
	var lines []line
	for _, s := range []int32{0, 1, 2, -1, 99, 2147483647} {
		lines = append(lines, line{}.add("kind", "sandboxstate").add("state", s))
	}
	r := g.n/4 - len(lines)
	counts := []struct {
		n    int
		next func() (line, bool)
	}{
		{r * 2 / 10, g.syncResultLine},
		{r / 10, g.runtimeStatusLine},
		{r * 15 / 100, g.sortStatusLine},
		{r * 15 / 100, g.runningPodLine},
		{r * 25 / 100, g.podStatusLine},
	}
	used := 0
	for _, c := range counts {
		lines = fill(lines, len(lines)+c.n, c.next)
		used += c.n
	}
	return fill(lines, len(lines)+r-used, g.backoffLine)
}

func (g *gen) syncResultLine() (line, bool) {
	var entries []syncEntry
	switch g.intn(8) {
	case 0:
		entries = nil
	case 1:
		entries = []syncEntry{}
	default:
		for i, n := 0, 1+g.intn(4); i < n; i++ {
			e := syncEntry{Action: pick(g, syncActions...), Message: pick(g, syncTexts...)}
			switch g.intn(4) {
			case 0:
				e.Target = mustJSON(nil)
			case 1:
				e.Target = mustJSON(pick(g, 0, 65, 7, 300, -1))
			default:
				e.Target = mustJSON(pick(g, "", "c1", `a"b`, "nginx_default", "é"))
			}
			if g.chance(0.5) {
				t := pick(g, syncTexts...)
				e.Error = &t
			}
			entries = append(entries, e)
			if g.chance(0.2) {
				entries = append(entries, e)
			}
		}
	}
	var syncErr *string
	if g.chance(0.3) {
		t := pick(g, syncTexts...)
		syncErr = &t
	}
	raw, ok := input(g, entries)
	return line{}.add("kind", "syncresult").addRaw("syncResults", raw).add("syncError", syncErr), ok
}

func (g *gen) runtimeStatusLine() (line, bool) {
	var conditions []kc.RuntimeCondition
	var handlers []kc.RuntimeHandler
	if g.chance(0.8) {
		conditions = []kc.RuntimeCondition{}
		for i, n := 0, g.intn(4); i < n; i++ {
			conditions = append(conditions, kc.RuntimeCondition{
				Type:   kc.RuntimeConditionType(pick(g, string(kc.RuntimeReady), string(kc.NetworkReady), "DiskReady", "")),
				Status: g.chance(0.5), Reason: pick(g, "", "ok", "a b", "NetworkPluginNotReady"), Message: pick(g, "", "é %s", "<&>", "cni config uninitialized"),
			})
		}
	}
	if g.chance(0.8) {
		handlers = []kc.RuntimeHandler{}
		for i, n := 0, g.intn(4); i < n; i++ {
			handlers = append(handlers, kc.RuntimeHandler{Name: pick(g, "", "runc", "kata", "é"), SupportsRecursiveReadOnlyMounts: g.chance(0.5), SupportsUserNamespaces: g.chance(0.5)})
		}
	}
	var features *kc.RuntimeFeatures
	if g.chance(0.7) {
		features = &kc.RuntimeFeatures{SupplementalGroupsPolicy: g.chance(0.5), UserNamespacesHostNetwork: g.chance(0.5), MountOptions: g.chance(0.5)}
	}
	return line{}.add("kind", "runtimestatus").add("conditions", conditions).add("handlers", handlers).add("features", features), true
}

func (g *gen) sortStatusLine() (line, bool) {
	var statuses []*kc.Status
	switch g.intn(10) {
	case 0:
	case 1:
		statuses = []*kc.Status{}
	default:
		statuses = []*kc.Status{}
		name := pick(g, realisticNames...)
		for i, n := 0, 1+g.intn(20); i < n; i++ {
			s := &kc.Status{
				ID:        kc.ContainerID{Type: "containerd", ID: "s" + twoDigits(i)},
				Name:      name,
				State:     pick(g, states...),
				CreatedAt: g.instant(6, time.Second),
			}
			statuses = append(statuses, s)
		}
	}
	raw, ok := input(g, statuses)
	return line{}.add("kind", "sortstatus").addRaw("statuses", raw), ok
}

func twoDigits(i int) string { return string([]byte{byte('0' + i/10%10), byte('0' + i%10)}) }

func (g *gen) runningPodLine() (line, bool) {
	pod := g.restartPod(0, false)
	ps := g.podStatus(&pod)
	w := wirePodStatus{ID: ps.ID, Name: ps.Name, Namespace: ps.Namespace, IPs: ps.IPs,
		ContainerStatuses: ps.ContainerStatuses, ActiveContainerStatuses: ps.ActiveContainerStatuses, TimeStamp: ps.TimeStamp}
	switch g.intn(4) {
	case 0:
	case 1:
		w.SandboxStatuses = []*wireSandbox{}
	default:
		for i, n := 0, 1+g.intn(3); i < n; i++ {
			w.SandboxStatuses = append(w.SandboxStatuses, &wireSandbox{
				ID: g.hex(12), State: pick(g, int32(0), 1, 2, -1), CreatedAt: baseInstant.UnixNano() + int64(g.intn(1000)),
				Metadata: wireSandboxMeta{Name: ps.Name, UID: string(ps.ID), Namespace: ps.Namespace, Attempt: uint32(g.intn(3))},
			})
		}
	}
	raw, ok := input(g, w)
	return line{}.add("kind", "runningpod").add("runtimeName", pick(g, "containerd", "cri-o", "docker", "")).addRaw("podStatus", raw), ok
}

func (g *gen) apiContainerState() v1.ContainerState {
	var s v1.ContainerState
	switch g.intn(5) {
	case 1:
		s.Waiting = &v1.ContainerStateWaiting{Reason: pick(g, "", "CrashLoopBackOff")}
	case 2:
		s.Running = &v1.ContainerStateRunning{StartedAt: metav1.NewTime(baseInstant)}
	case 3:
		s.Terminated = &v1.ContainerStateTerminated{ExitCode: pick(g, int32(0), 1, 137, -1, 2, 42), Reason: pick(g, "", "Completed", "OOMKilled")}
	case 4:
		s.Running = &v1.ContainerStateRunning{StartedAt: metav1.NewTime(baseInstant)}
		s.Terminated = &v1.ContainerStateTerminated{ExitCode: pick(g, int32(0), 1, 137, 42)}
	}
	return s
}

func (g *gen) apiPodStatus(names []string) *v1.PodStatus {
	if g.chance(0.25) {
		return nil
	}
	s := &v1.PodStatus{Phase: v1.PodPhase(pick(g, "", "Running", "Pending", "Failed"))}
	for i, n := 0, g.intn(3); i < n; i++ {
		s.Conditions = append(s.Conditions, v1.PodCondition{
			Type:   v1.PodConditionType(pick(g, "AllContainersRestarting", "Ready", "ContainersReady", "Other")),
			Status: v1.ConditionStatus(pick(g, "True", "False", "Unknown", "", "true")),
		})
	}
	pool := append(append([]string{}, names...), "other")
	statuses := func() []v1.ContainerStatus {
		var out []v1.ContainerStatus
		for i, n := 0, g.intn(4); i < n; i++ {
			cs := v1.ContainerStatus{Name: pick(g, pool...), Image: pick(g, realisticImages...), State: g.apiContainerState(), RestartCount: int32(g.intn(3))}
			if g.chance(0.4) {
				cs.LastTerminationState = v1.ContainerState{Terminated: &v1.ContainerStateTerminated{ExitCode: pick(g, int32(0), 1, 137, 2, 42)}}
			}
			out = append(out, cs)
		}
		return out
	}
	s.InitContainerStatuses = statuses()
	s.ContainerStatuses = statuses()
	return s
}

func (g *gen) podStatusLine() (line, bool) {
	pod := g.restartPod(0.7, g.chance(0.4))
	var ps *kc.PodStatus
	if !g.chance(0.1) {
		s := g.podStatus(&pod)
		ps = &s
	}
	praw, ok1 := input(g, pod)
	sraw, ok2 := input(g, ps)
	araw, ok3 := input(g, g.apiPodStatus(podNames(&pod)))
	return line{}.add("kind", "podstatus").addRaw("pod", praw).addRaw("podStatus", sraw).addRaw("apiPodStatus", araw), ok1 && ok2 && ok3
}

func (g *gen) errTree(depth int) *errNode {
	if depth <= 1 || g.chance(0.3) {
		if g.chance(0.6) {
			return &errNode{Op: "text", Text: pick(g, syncTexts...)}
		}
		at := g.instant(5, 10*time.Second)
		return &errNode{Op: "backoff", At: &at, Err: &errNode{Op: "text", Text: pick(g, "CrashLoopBackOff", "ImagePullBackOff")}}
	}
	switch g.intn(6) {
	case 0:
		at := g.instant(5, 10*time.Second)
		return &errNode{Op: "backoff", At: &at, Err: g.errTree(depth - 1)}
	case 1:
		return &errNode{Op: "wrap", Prefix: pick(g, "", "sync: ", "pod x: "), Err: g.errTree(depth - 1)}
	case 2, 3:
		n := &errNode{Op: pick(g, "aggregate", "join")}
		for i, k := 0, g.intn(4); i < k; i++ {
			if g.chance(0.15) {
				n.Errs = append(n.Errs, nil)
				continue
			}
			n.Errs = append(n.Errs, g.errTree(depth-1))
		}
		return n
	}
	n := &errNode{Op: "podsync"}
	for i, k := 0, g.intn(4); i < k; i++ {
		r := errNodeSync{Action: pick(g, syncActions...), Target: pick(g, "", "c1", "nginx_default"), Message: pick(g, syncTexts...)}
		if g.chance(0.7) {
			r.Err = g.errTree(depth - 1)
		}
		n.Results = append(n.Results, r)
	}
	if g.chance(0.4) {
		n.SyncError = g.errTree(depth - 1)
	}
	return n
}

func (g *gen) backoffLine() (line, bool) {
	var n *errNode
	if !g.chance(0.05) {
		n = g.errTree(1 + g.intn(4))
	}
	if panics(n) {
		// NewBackoffError around an error that builds to nil (an empty
		// aggregate or join) panics in Error(): not a usable input.
		g.panicky++
		return nil, false
	}
	raw, ok := input(g, n)
	return line{}.add("kind", "backoff").addRaw("err", raw), ok
}

// panics reports whether building n or reading its text panics.
func panics(n *errNode) (panicked bool) {
	defer func() {
		if recover() != nil {
			panicked = true
		}
	}()
	err, _ := n.build()
	_ = errText(err)
	return false
}
