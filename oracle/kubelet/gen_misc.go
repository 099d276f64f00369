package main

import (
	"time"

	kc "k8s.io/kubernetes/pkg/kubelet/container"
)

var syncActions = []string{"StartContainer", "KillContainer", "InitContainer", "CreatePodSandbox", "ConfigPodSandbox",
	"KillPodSandbox", "ResizePodInPlace", "RemoveContainer", "", "Custom", "SetupNetwork", "TeardownNetwork"}
var syncTexts = []string{"", "CrashLoopBackOff", "ImagePullBackOff", "back-off 10s restarting failed container", `a"b\c`, "é\u00a0", "\x01", "%d %s", "<&>"}

// miscKind makes lines of one kind of misc.jsonl: n of them, or as many
// as are left for the last kind.
type miscKind struct {
	n    int
	next func() (line, bool)
}

func genMiscFile(g *gen) []line {
	var lines []line
	for _, s := range []int32{0, 1, 2, -1, 99, 2147483647} {
		lines = append(lines, line{}.add("kind", "sandboxstate").add("state", s))
	}
	// The shares of the public sets: podstatus lines take the rest up to
	// v1.34 and a quarter from v1.35, when backoff lines take the rest.
	r := g.n/4 - len(lines)
	kinds := []miscKind{
		{r * 2 / 10, g.syncResultLine},
		{r / 10, g.runtimeStatusLine},
		{r * 15 / 100, g.sortStatusLine},
		{r * 15 / 100, g.runningPodLine},
	}
	kinds = append(kinds, g.newerMiscKinds(r)...)
	for _, k := range kinds[:len(kinds)-1] {
		lines = fill(lines, len(lines)+k.n, k.next)
	}
	return fill(lines, g.n/4, kinds[len(kinds)-1].next)
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
	if g.chance(0.8) {
		conditions = []kc.RuntimeCondition{}
		for i, n := 0, g.intn(4); i < n; i++ {
			conditions = append(conditions, kc.RuntimeCondition{
				Type:   kc.RuntimeConditionType(pick(g, string(kc.RuntimeReady), string(kc.NetworkReady), "DiskReady", "")),
				Status: g.chance(0.5), Reason: pick(g, "", "ok", "a b", "NetworkPluginNotReady"), Message: pick(g, "", "é %s", "<&>", "cni config uninitialized"),
			})
		}
	}
	l := line{}.add("kind", "runtimestatus").add("conditions", conditions)
	return g.runtimeStatusExtras(l), true
}

// runtimeHandlers is null, empty or a few handlers (v1.30 and later).
func (g *gen) runtimeHandlers() []object {
	if !g.chance(0.8) {
		return nil
	}
	handlers := []object{}
	for i, n := 0, g.intn(4); i < n; i++ {
		handlers = append(handlers, object{"Name": pick(g, "", "runc", "kata", "é"),
			"SupportsRecursiveReadOnlyMounts": g.chance(0.5), "SupportsUserNamespaces": g.chance(0.5)})
	}
	return handlers
}

// runtimeFeatures is null or the features (v1.31 and later).
func (g *gen) runtimeFeatures() object {
	if !g.chance(0.7) {
		return nil
	}
	return object{"SupplementalGroupsPolicy": g.chance(0.5), "UserNamespacesHostNetwork": g.chance(0.5), "MountOptions": g.chance(0.5)}
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
	var sandboxes []*wireSandbox
	switch g.intn(4) {
	case 0:
	case 1:
		sandboxes = []*wireSandbox{}
	default:
		for i, n := 0, 1+g.intn(3); i < n; i++ {
			sandboxes = append(sandboxes, &wireSandbox{
				ID: g.hex(12), State: pick(g, int32(0), 1, 2, -1), CreatedAt: baseInstant.UnixNano() + int64(g.intn(1000)),
				Metadata: wireSandboxMeta{Name: ps.Name, UID: string(ps.ID), Namespace: ps.Namespace, Attempt: uint32(g.intn(3))},
			})
		}
	}
	raw, ok := input(g, ps)
	if !ok {
		return nil, false
	}
	raw = withWireSandboxes(raw, sandboxes)
	return line{}.add("kind", "runningpod").add("runtimeName", pick(g, "containerd", "cri-o", "docker", "")).addRaw("podStatus", raw), true
}
