package main

import (
	"k8s.io/apimachinery/pkg/types"
	kc "k8s.io/kubernetes/pkg/kubelet/container"
)

// podUIDs are the pod UIDs of the scenarios: the fakes' pod lists and the
// calls draw from the same few.
var podUIDs = []string{"uid-1", "uid-2", "uid-3", "missing"}

// imageNames are the images of the scenarios; image lists use them as IDs
// too, so that lookups by image hit now and then.
var imageNames = []string{"nginx:1.25", "redis:7", "sha256:abc", ""}

var versionStrings = []string{"", "1.7.0", "1.10.0", "1.7", "v1.7.0", "1.7.0-rc.1", "abc", "2", "1.7.0+meta", "0.1.0"}

// initRecipe gives realistic values to the fields of the fake name that
// its methods read; fields a minor's fake lacks are left out when set.
func (g *gen) initRecipe(name string) object {
	switch name {
	case "FakeRuntime", "FakeStreamingRuntime":
		return g.runtimeRecipe()
	case "FakeRuntimeHelper":
		o := object{
			"HostName":        pick(g, "", "node-1"),
			"HostDomain":      pick(g, "", "cluster.local"),
			"PodContainerDir": pick(g, "", "/var/lib/kubelet/pods/x/containers"),
			"Err":             g.optText(0.3, "helper failed"),
		}
		if g.chance(0.6) {
			o["DNSServers"], o["DNSSearches"], o["DNSOptions"] = []string{"10.96.0.10"}, []string{"default.svc.cluster.local"}, []string{"ndots:5"}
		}
		if g.chance(0.5) {
			o["RuntimeHandlers"] = map[string]object{"runc": {"Name": "runc", "SupportsUserNamespaces": true}}
		}
		return o
	case "FakeVersion":
		return object{"Version": pick(g, versionStrings...)}
	case "FakeOS":
		o := object{"HostName": pick(g, "", "node-1")}
		if g.chance(0.3) {
			o["Removes"] = []string{"/old"}
		}
		return o
	case "FakeContainerCommandRunner":
		return object{"Stdout": pick(g, "", "ok\n", "é<&>"), "Err": g.optText(0.3, "exec failed")}
	}
	return object{}
}

func (g *gen) optText(p float64, pool ...string) *string {
	if !g.chance(p) {
		return nil
	}
	text := pick(g, pool...)
	return &text
}

func (g *gen) runtimeRecipe() object {
	o := object{
		"VersionInfo":         pick(g, "", "1.7.0", "2.0.0-rc.1"),
		"APIVersionInfo":      pick(g, "", "0.1.0", "v1"),
		"RuntimeType":         pick(g, "", "containerd", "fakeRuntime"),
		"PodResizeInProgress": g.chance(0.3),
		"Err":                 g.optText(0.25, "runtime error", "rpc error: code = Unavailable"),
		"InspectErr":          g.optText(0.25, "inspect failed"),
		"StatusErr":           g.optText(0.25, "status failed"),
	}
	var podList, allPodList []object
	for i, n := 0, g.intn(3); i < n; i++ {
		podList = append(podList, object{"Pod": g.fakeKubePod(podUIDs[i]), "NetnsPath": pick(g, "", "/var/run/netns/x")})
	}
	for i, n := 0, g.intn(4); i < n; i++ {
		allPodList = append(allPodList, object{"Pod": g.fakeKubePod(podUIDs[i])})
	}
	o["PodList"], o["AllPodList"] = podList, allPodList
	var images []object
	for i, n := 0, g.intn(3); i < n; i++ {
		images = append(images, g.fakeImage())
	}
	o["ImageList"] = images
	if g.chance(0.5) {
		pod := g.restartPod(0, false)
		o["PodStatus"] = g.podStatus(&pod)
	}
	if g.chance(0.5) {
		o["RuntimeStatus"] = object{"Conditions": []object{{"Type": "RuntimeReady", "Status": g.chance(0.5)}}}
	}
	if g.chance(0.4) {
		o["SwapBehavior"] = map[string]string{"app": "LimitedSwap", "db": "NoSwap"}
	}
	return o
}

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

func (g *gen) fakeImage() object {
	id := pick(g, imageNames...)
	return object{
		"ID":          id,
		"RepoTags":    []string{pick(g, "nginx:1.25", "redis:7", "busybox:1.36")},
		"RepoDigests": []string{},
		"Size":        g.intn(1 << 20),
		"Pinned":      g.chance(0.2),
		"Spec":        object{"Image": id},
	}
}
