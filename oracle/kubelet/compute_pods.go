package main

import (
	"encoding/json"

	v1 "k8s.io/api/core/v1"
	kc "k8s.io/kubernetes/pkg/kubelet/container"
)

// notInPod is the container name every pods line also asks about.
const notInPod = "not-in-pod"

type portMappingsEntry struct {
	Container string           `json:"container"`
	Mappings  []kc.PortMapping `json:"mappings"`
}

type refEntry struct {
	Container string              `json:"container"`
	Type      string              `json:"type"`
	Ref       *v1.ObjectReference `json:"ref"`
	Error     string              `json:"error"`
}

type specEntry struct {
	Name       string  `json:"name"`
	Found      *string `json:"found"`
	FoundType  *string `json:"foundType"`
	FoundIndex int     `json:"foundIndex"`
}

// listedContainer is one container of a pod with the list it is in.
type listedContainer struct {
	c     *v1.Container
	kind  string // "init", "regular" or "ephemeral"
	index int
}

// podContainers lists the pod's containers in the order init, regular,
// ephemeral, each as a pointer into the pod.
func podContainers(pod *v1.Pod) []listedContainer {
	var out []listedContainer
	for i := range pod.Spec.InitContainers {
		out = append(out, listedContainer{&pod.Spec.InitContainers[i], "init", i})
	}
	for i := range pod.Spec.Containers {
		out = append(out, listedContainer{&pod.Spec.Containers[i], "regular", i})
	}
	for i := range pod.Spec.EphemeralContainers {
		out = append(out, listedContainer{(*v1.Container)(&pod.Spec.EphemeralContainers[i].EphemeralContainerCommon), "ephemeral", i})
	}
	return out
}

func computePods(in map[string]json.RawMessage) (line, error) {
	pod, err := decode[v1.Pod](in, "pod")
	if err != nil {
		return nil, err
	}
	out := line{}.
		add("fullName", kc.GetPodFullName(&pod)).
		add("isHostNetwork", kc.IsHostNetworkPod(&pod)).
		add("hasPrivileged", kc.HasPrivilegedContainer(&pod)).
		add("hasWindowsHostProcess", kc.HasWindowsHostProcessContainer(&pod)).
		add("allWindowsHostProcess", kc.AllContainersAreWindowsHostProcess(&pod))

	mappings := []portMappingsEntry{}
	for i := range pod.Spec.Containers {
		c := &pod.Spec.Containers[i]
		mappings = append(mappings, portMappingsEntry{c.Name, makePortMappings(c)})
	}
	out = out.add("portMappings", mappings)

	listed := podContainers(&pod)
	refs := []refEntry{}
	for _, l := range listed {
		ref, rerr := kc.GenerateContainerRef(&pod, l.c)
		refs = append(refs, refEntry{l.c.Name, l.kind, ref, errText(rerr)})
	}
	missing := &v1.Container{Name: notInPod}
	ref, rerr := kc.GenerateContainerRef(&pod, missing)
	refs = append(refs, refEntry{notInPod, "missing", ref, errText(rerr)})
	out = out.add("refs", refs)

	specs := []specEntry{}
	names := make([]string, 0, len(listed)+1)
	for _, l := range listed {
		names = append(names, l.c.Name)
	}
	names = append(names, notInPod)
	for _, name := range names {
		e := specEntry{Name: name, FoundIndex: -1}
		if got := kc.GetContainerSpec(&pod, name); got != nil {
			n := got.Name
			e.Found = &n
			for _, l := range podContainers(&pod) {
				if l.c == got {
					kind := l.kind
					e.FoundType = &kind
					e.FoundIndex = l.index
					break
				}
			}
		}
		specs = append(specs, e)
	}
	out = out.add("containerSpecs", specs)
	out = out.add("buildFullName", kc.BuildPodFullName(pod.Name, pod.Namespace))
	return out, nil
}

type restartResult struct {
	Container string `json:"container"`
	Type      string `json:"type"`
	Restart   bool   `json:"restart"`
}

func computeRestart(in map[string]json.RawMessage) (line, error) {
	pod, err := decode[v1.Pod](in, "pod")
	if err != nil {
		return nil, err
	}
	status, err := decode[kc.PodStatus](in, "podStatus")
	if err != nil {
		return nil, err
	}
	results := []restartResult{}
	for i := range pod.Spec.Containers {
		c := &pod.Spec.Containers[i]
		results = append(results, restartResult{c.Name, "regular", shouldContainerBeRestarted(c, &pod, &status)})
	}
	for i := range pod.Spec.InitContainers {
		c := &pod.Spec.InitContainers[i]
		results = append(results, restartResult{c.Name, "init", shouldContainerBeRestarted(c, &pod, &status)})
	}
	return line{}.add("results", results), nil
}
