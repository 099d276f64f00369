package main

import (
	"strconv"
	"time"

	v1 "k8s.io/api/core/v1"
	metav1 "k8s.io/apimachinery/pkg/apis/meta/v1"
	"k8s.io/apimachinery/pkg/types"
	kc "k8s.io/kubernetes/pkg/kubelet/container"
)

// tinyNames makes duplicate names across a pod's lists frequent.
var tinyNames = []string{"a", "b", "c", "", "app", "init"}

// portsPod is a random pod for pods.jsonl.
func (g *gen) portsPod() v1.Pod {
	var pod v1.Pod
	if g.chance(0.6) {
		pod.APIVersion = pick(g, "v1", "", "apps/v1", "/", "/v1", "apps/", "a/b/c", "V1")
		pod.Kind = pick(g, "Pod", "", "Foo")
	}
	pod.Name = pick(g, "web-0", "", "_", "a_b", "nginx", g.ident())
	pod.Namespace = pick(g, "default", "", "_", "kube-system", "ns_1")
	if g.chance(0.5) {
		pod.UID = types.UID("uid-" + g.hex(8))
	}
	if g.chance(0.4) {
		pod.ResourceVersion = "12345"
	}
	pod.Spec.HostNetwork = g.chance(0.3)
	switch g.intn(4) {
	case 1:
		pod.Spec.SecurityContext = &v1.PodSecurityContext{}
	case 2, 3:
		pod.Spec.SecurityContext = &v1.PodSecurityContext{WindowsOptions: &v1.WindowsSecurityContextOptions{HostProcess: g.boolPtr()}}
	}
	for i, n := 0, g.intn(3); i < n; i++ {
		pod.Spec.InitContainers = append(pod.Spec.InitContainers, g.podContainer())
	}
	for i, n := 0, g.intn(4); i < n; i++ {
		pod.Spec.Containers = append(pod.Spec.Containers, g.podContainer())
	}
	for i, n := 0, g.intn(3); i < n; i++ {
		pod.Spec.EphemeralContainers = append(pod.Spec.EphemeralContainers, v1.EphemeralContainer{
			EphemeralContainerCommon: v1.EphemeralContainerCommon(g.podContainer()),
			TargetContainerName:      pick(g, "", "a"),
		})
	}
	return pod
}

// podContainer is a small container for pod-level questions: a name from
// tinyNames, privileged/hostProcess settings, and ports with collisions.
func (g *gen) podContainer() v1.Container {
	c := v1.Container{Name: pick(g, tinyNames...), Image: pick(g, realisticImages...)}
	if g.intn(3) == 1 {
		c.SecurityContext = &v1.SecurityContext{Privileged: g.boolPtr()}
		if g.chance(0.6) {
			c.SecurityContext.WindowsOptions = &v1.WindowsSecurityContextOptions{HostProcess: g.boolPtr()}
		}
	}
	for i, n := 0, g.intn(4); i < n; i++ {
		p := g.containerPort()
		if len(c.Ports) > 0 && g.chance(0.25) {
			p = c.Ports[g.intn(len(c.Ports))] // a duplicate copy
		}
		if len(c.Ports) > 0 && g.chance(0.15) {
			// an explicit name that spells another port's generated name
			o := c.Ports[g.intn(len(c.Ports))]
			p.Name = pick(g, "any", "v4", "v6") + "-" + string(o.Protocol) + "-" + o.HostIP + ":" + strconv.Itoa(int(o.ContainerPort)) + ":" + strconv.Itoa(int(o.HostPort))
		}
		c.Ports = append(c.Ports, p)
	}
	return c
}

// restartPod is a random pod for restart.jsonl and podstatus lines:
// `ruleShare` of its containers carry a container-level restart policy.
func (g *gen) restartPod(ruleShare float64, ephemeral bool) v1.Pod {
	var pod v1.Pod
	pod.Name = pick(g, "", "p", "nginx", "web-0", "etcd-node-1")
	pod.Namespace = pick(g, "", "default", "ns_1")
	if g.chance(0.6) {
		pod.UID = "uid-1"
	}
	if g.chance(0.2) {
		t := metav1.NewTime(baseInstant)
		pod.DeletionTimestamp = &t
	}
	pod.Spec.RestartPolicy = v1.RestartPolicy(pick(g, "Always", "OnFailure", "Never", "", "Sometimes"))
	for i, n := 0, g.intn(3); i < n; i++ {
		pod.Spec.InitContainers = append(pod.Spec.InitContainers, g.ruleContainer(ruleShare))
	}
	for i, n := 0, 1+g.intn(3); i < n; i++ {
		pod.Spec.Containers = append(pod.Spec.Containers, g.ruleContainer(ruleShare))
	}
	if ephemeral {
		for i, n := 0, g.intn(2); i < n; i++ {
			pod.Spec.EphemeralContainers = append(pod.Spec.EphemeralContainers, v1.EphemeralContainer{
				EphemeralContainerCommon: v1.EphemeralContainerCommon{Name: pick(g, tinyNames...), Image: "busybox"},
			})
		}
	}
	return pod
}

func (g *gen) ruleContainer(ruleShare float64) v1.Container {
	o := object{"name": pick(g, tinyNames...), "image": pick(g, realisticImages...)}
	g.restartRules(o, ruleShare)
	var c v1.Container
	decodeObject(o, &c)
	return c
}

// podNames lists the pod's container names (init, regular, ephemeral).
func podNames(pod *v1.Pod) []string {
	var names []string
	for _, l := range podContainers(pod) {
		names = append(names, l.c.Name)
	}
	return names
}

var states = []kc.State{kc.ContainerStateRunning, kc.ContainerStateCreated, kc.ContainerStateExited, kc.ContainerStateUnknown, "", "paused"}

// status is a random runtime status named from names (each twice as likely)
// plus "other". It is built as an object, so that each minor's Status
// keeps the fields it has (ImageRuntimeHandler from v1.29, ImageRef from
// v1.30, User and Mounts from v1.31, StopSignal from v1.33).
func (g *gen) status(names []string) *kc.Status {
	pool := append(append(append([]string{}, names...), names...), "other")
	o := object{
		"ID":                  pick(g, "containerd", "docker", "cri-o", "") + "://" + g.hex(8+2*g.intn(2)),
		"Name":                pick(g, pool...),
		"State":               pick(g, states...),
		"CreatedAt":           g.instant(6, time.Second),
		"StartedAt":           g.instant(6, time.Second),
		"FinishedAt":          g.instant(6, time.Second),
		"ExitCode":            pick(g, 0, 1, 137, -1, 2, 42),
		"Image":               pick(g, realisticImages...),
		"ImageID":             pick(g, "", "sha256:"+g.hex(12)),
		"ImageRef":            pick(g, "", "", "docker.io/library/nginx@sha256:"+g.hex(12)),
		"ImageRuntimeHandler": pick(g, "", "", "runc", "kata"),
		"Hash":                g.r.Uint32(),
		"RestartCount":        g.intn(4),
		"Reason":              pick(g, "", "OOMKilled", "Completed", "ContainerCannotRun", "Error"),
		"Message":             pick(g, "", "done", `a"b`, "é"),
	}
	if g.chance(0.3) {
		o["HashWithoutResources"] = g.r.Uint32()
	}
	if g.chance(0.15) {
		o["Resources"] = object{"CPURequest": pick(g, quantities...), "MemoryLimit": pick(g, quantities...)}
	}
	if g.chance(0.1) {
		user := object{}
		if g.chance(0.7) {
			user["Linux"] = object{"UID": 65534, "GID": g.intn(2), "SupplementalGroups": []int64{4000}}
		}
		o["User"] = user
	}
	switch g.intn(4) {
	case 0:
		o["Mounts"] = []object{}
	case 1:
		o["Mounts"] = []object{{"Name": "data", "ContainerPath": "/data", "HostPath": "/var/lib/data", "ReadOnly": g.chance(0.5)}}
	}
	if g.chance(0.1) {
		o["StopSignal"] = pick(g, "SIGTERM", "SIGKILL")
	}
	s := &kc.Status{}
	decodeObject(o, s)
	return s
}

// statusList is null, empty, or 1..most statuses.
func (g *gen) statusList(names []string, most int) []*kc.Status {
	switch g.intn(8) {
	case 0:
		return nil
	case 1:
		return []*kc.Status{}
	}
	var out []*kc.Status
	for i, n := 0, 1+g.intn(most); i < n; i++ {
		out = append(out, g.status(names))
	}
	return out
}

// podStatus is a random runtime pod status for pod; minors from v1.33
// also get active container statuses.
func (g *gen) podStatus(pod *v1.Pod) kc.PodStatus {
	names := podNames(pod)
	ps := kc.PodStatus{ID: pod.UID, Name: pod.Name, Namespace: pod.Namespace}
	if g.chance(0.3) {
		ps.IPs = []string{pick(g, "10.244.1.7", "fd00::7")}
	}
	ps.ContainerStatuses = g.statusList(names, 6)
	setField(&ps, "ActiveContainerStatuses", g.statusList(names, 3))
	if g.chance(0.3) {
		ps.TimeStamp = g.instant(6, time.Second)
	}
	return ps
}
