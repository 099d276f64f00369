package defaults

import (
	"bytes"
	"encoding/json"
	"fmt"
	"testing"

	appsv1 "k8s.io/api/apps/v1"
	batchv1 "k8s.io/api/batch/v1"
	v1 "k8s.io/api/core/v1"

	"github.com/kubecontainer/kubecontainer/container"
	"github.com/kubecontainer/kubecontainer/internal/golden"
)

// goldenLine is one line of testdata/defaults.jsonl: a manifest, the fields
// the v1.27.16 API server dropped from the Pod it describes, and the
// containers of the Pod the kubelet received, hashed by kubelet v1.27.16.
type goldenLine struct {
	Kind       string          `json:"kind"`
	Input      json.RawMessage `json:"input"`
	Dropped    []string        `json:"dropped"`
	Containers []struct {
		Type                 string          `json:"type"`
		Container            json.RawMessage `json:"container"`
		Hash                 uint64          `json:"hash"`
		HashWithoutResources uint64          `json:"hashWithoutResources"`
	} `json:"containers"`
}

func TestPodGolden(t *testing.T) {
	for _, l := range golden.Read(t, "testdata", "defaults.jsonl") {
		var want goldenLine
		l.Decode(t, &want)
		pod, err := podFromManifest(want.Kind, want.Input)
		if err != nil {
			t.Errorf("%s: %v", l.Where, err)
			continue
		}
		dropped := Pod(pod)
		if fmt.Sprint(dropped) != fmt.Sprint(want.Dropped) {
			t.Errorf("%s: dropped %q, want %q", l.Where, dropped, want.Dropped)
		}
		got := containersOf(pod)
		if len(got) != len(want.Containers) {
			t.Errorf("%s: %d containers, want %d", l.Where, len(got), len(want.Containers))
			continue
		}
		for i, c := range got {
			w := want.Containers[i]
			data, err := json.Marshal(c.container)
			if err != nil {
				t.Fatalf("%s: %v", l.Where, err)
			}
			if c.typ != w.Type || !bytes.Equal(data, w.Container) {
				t.Errorf("%s: %s container %d:\n got %s %s\nwant %s %s", l.Where, want.Kind, i, c.typ, data, w.Type, w.Container)
				continue
			}
			if h := container.HashContainer(c.container); h != w.Hash {
				t.Errorf("%s: container %d: HashContainer = %d, want %d", l.Where, i, h, w.Hash)
			}
			if h := container.HashContainerWithoutResources(c.container); h != w.HashWithoutResources {
				t.Errorf("%s: container %d: HashContainerWithoutResources = %d, want %d", l.Where, i, h, w.HashWithoutResources)
			}
		}
	}
}

// typedContainer is a container of a Pod with the kind of its list.
type typedContainer struct {
	typ       string
	container *v1.Container
}

// containersOf returns pod's init, regular and ephemeral containers, in
// that order, as the kubelet hashes them.
func containersOf(pod *v1.Pod) []typedContainer {
	var out []typedContainer
	for i := range pod.Spec.InitContainers {
		out = append(out, typedContainer{"init", &pod.Spec.InitContainers[i]})
	}
	for i := range pod.Spec.Containers {
		out = append(out, typedContainer{"regular", &pod.Spec.Containers[i]})
	}
	for i := range pod.Spec.EphemeralContainers {
		out = append(out, typedContainer{"ephemeral", (*v1.Container)(&pod.Spec.EphemeralContainers[i].EphemeralContainerCommon)})
	}
	return out
}

// podFromManifest decodes a manifest of the given kind and returns the Pod
// it describes: the Pod itself, or for a workload the Pod its controller
// creates from the template (the template's metadata and spec).
func podFromManifest(kind string, data []byte) (*v1.Pod, error) {
	switch kind {
	case "Pod":
		var p v1.Pod
		if err := json.Unmarshal(data, &p); err != nil {
			return nil, fmt.Errorf("decoding Pod: %w", err)
		}
		return &p, nil
	case "Deployment":
		return podFromTemplate(data, func(o *appsv1.Deployment) *v1.PodTemplateSpec { return &o.Spec.Template })
	case "ReplicaSet":
		return podFromTemplate(data, func(o *appsv1.ReplicaSet) *v1.PodTemplateSpec { return &o.Spec.Template })
	case "StatefulSet":
		return podFromTemplate(data, func(o *appsv1.StatefulSet) *v1.PodTemplateSpec { return &o.Spec.Template })
	case "DaemonSet":
		return podFromTemplate(data, func(o *appsv1.DaemonSet) *v1.PodTemplateSpec { return &o.Spec.Template })
	case "Job":
		return podFromTemplate(data, func(o *batchv1.Job) *v1.PodTemplateSpec { return &o.Spec.Template })
	case "CronJob":
		return podFromTemplate(data, func(o *batchv1.CronJob) *v1.PodTemplateSpec { return &o.Spec.JobTemplate.Spec.Template })
	case "ReplicationController":
		return podFromTemplate(data, func(o *v1.ReplicationController) *v1.PodTemplateSpec { return o.Spec.Template })
	case "PodTemplate":
		return podFromTemplate(data, func(o *v1.PodTemplate) *v1.PodTemplateSpec { return &o.Template })
	}
	return nil, fmt.Errorf("unknown kind %q", kind)
}

// podFromTemplate decodes a workload of type T and returns the Pod its
// controller creates from the template that template returns.
func podFromTemplate[T any](data []byte, template func(*T) *v1.PodTemplateSpec) (*v1.Pod, error) {
	var workload T
	if err := json.Unmarshal(data, &workload); err != nil {
		return nil, fmt.Errorf("decoding %T: %w", workload, err)
	}
	tmpl := template(&workload)
	if tmpl == nil {
		return nil, fmt.Errorf("%T without a template", workload)
	}
	return &v1.Pod{ObjectMeta: tmpl.ObjectMeta, Spec: tmpl.Spec}, nil
}
