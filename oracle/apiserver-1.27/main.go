// Command oracle is the API-server oracle of kubelet v1.27: it sends
// manifests through what the real v1.27.16 API server does to an object it
// creates (the version's registered defaulting functions, the registry
// strategy's PrepareForCreate with the feature gates at their v1.27
// defaults, the storage round trip), for a workload the Pod its controller
// then creates, and hashes every container of that Pod with the real
// kubelet v1.27.16. It writes the golden data of the command's defaulting
// (cmd/kubecontainer/internal/defaults/testdata) and, with -examples, the
// kubelet's hashes of the README's example manifests
// (cmd/kubecontainer/testdata/examples.jsonl).
package main

import (
	"bytes"
	"encoding/json"
	"flag"
	"fmt"
	"math/rand"
	"os"
	"path/filepath"
	"runtime"

	appsv1 "k8s.io/api/apps/v1"
	batchv1 "k8s.io/api/batch/v1"
	v1 "k8s.io/api/core/v1"
	metav1 "k8s.io/apimachinery/pkg/apis/meta/v1"
	k8sruntime "k8s.io/apimachinery/pkg/runtime"
	kubecontainer "k8s.io/kubernetes/pkg/kubelet/container"
	"sigs.k8s.io/yaml"
)

// line is one line of defaults.jsonl.
type line struct {
	Kind       string          `json:"kind"`
	Input      json.RawMessage `json:"input"`
	Dropped    []string        `json:"dropped"`
	Containers []hashed        `json:"containers"`
}

// hashed is one container of the Pod the kubelet receives.
type hashed struct {
	Type                 string          `json:"type"`
	Container            json.RawMessage `json:"container"`
	Hash                 uint64          `json:"hash"`
	HashWithoutResources uint64          `json:"hashWithoutResources"`
}

type manifest struct {
	Upstream  string         `json:"upstream"`
	Go        string         `json:"go"`
	Seed      int64          `json:"seed"`
	Realistic int            `json:"realistic"`
	Random    int            `json:"random"`
	Lines     int            `json:"lines"`
	Files     map[string]int `json:"files"`
	Kinds     map[string]int `json:"kinds"`
	Dropped   int            `json:"linesWithDrops"`
}

func main() {
	out := flag.String("out", "../../cmd/kubecontainer/internal/defaults/testdata", "output directory")
	n := flag.Int("n", 600, "number of random manifests")
	seed := flag.Int64("seed", 1, "random seed")
	show := flag.String("manifest", "", "print the kubelet's hashes of the containers of this YAML manifest instead")
	verify := flag.Bool("verify", false, "recompute every line of the output directory's defaults.jsonl from its input and compare")
	examples := flag.String("examples", "", "write the kubelet's hashes of every manifest in this directory (examples/) to -examples-out instead")
	examplesOut := flag.String("examples-out", "../../cmd/kubecontainer/testdata/examples.jsonl", "the file -examples writes")
	flag.Parse()
	if *examples != "" {
		if err := writeExamples(*examples, *examplesOut); err != nil {
			fmt.Fprintln(os.Stderr, "oracle:", err)
			os.Exit(1)
		}
		return
	}
	if *show != "" {
		if err := printHashes(*show); err != nil {
			fmt.Fprintln(os.Stderr, "oracle:", err)
			os.Exit(1)
		}
		return
	}
	if *verify {
		if err := verifyFile(filepath.Join(*out, "defaults.jsonl")); err != nil {
			fmt.Fprintln(os.Stderr, "oracle:", err)
			os.Exit(1)
		}
		return
	}
	if err := run(*out, *n, *seed); err != nil {
		fmt.Fprintln(os.Stderr, "oracle:", err)
		os.Exit(1)
	}
}

func run(dir string, n int, seed int64) error {
	var objs []k8sruntime.Object
	for i, doc := range realistic {
		obj, err := fromYAML(doc)
		if err != nil {
			return fmt.Errorf("realistic manifest %d: %w", i+1, err)
		}
		objs = append(objs, obj)
	}
	g := generator{r: rand.New(rand.NewSource(seed))}
	for i := 0; i < n; i++ {
		objs = append(objs, g.manifest(i))
	}
	var w bytes.Buffer
	m := manifest{Upstream: "k8s.io/kubernetes v1.27.16", Go: runtime.Version(), Seed: seed,
		Realistic: len(realistic), Random: n, Kinds: map[string]int{}}
	for i, obj := range objs {
		l, err := compute(obj)
		if err != nil {
			return fmt.Errorf("manifest %d: %w", i+1, err)
		}
		data, err := json.Marshal(l)
		if err != nil {
			return err
		}
		w.Write(append(data, '\n')) //nolint:errcheck // a bytes.Buffer's Write returns no error
		m.Lines++
		m.Kinds[l.Kind]++
		if len(l.Dropped) > 0 {
			m.Dropped++
		}
	}
	if err := os.WriteFile(filepath.Join(dir, "defaults.jsonl"), w.Bytes(), 0o644); err != nil {
		return err
	}
	m.Files = map[string]int{"defaults.jsonl": m.Lines}
	data, err := json.MarshalIndent(m, "", "  ")
	if err != nil {
		return err
	}
	return os.WriteFile(filepath.Join(dir, "manifest.json"), append(data, '\n'), 0o644)
}

// fromYAML decodes a manifest into its k8s.io/api type.
func fromYAML(doc string) (k8sruntime.Object, error) {
	data, err := yaml.YAMLToJSON([]byte(doc))
	if err != nil {
		return nil, err
	}
	var meta metav1.TypeMeta
	if err := json.Unmarshal(data, &meta); err != nil {
		return nil, err
	}
	obj, err := newObject(meta.Kind)
	if err != nil {
		return nil, err
	}
	if err := json.Unmarshal(data, obj); err != nil {
		return nil, err
	}
	return obj, nil
}

func newObject(kind string) (k8sruntime.Object, error) {
	switch kind {
	case "Pod":
		return &v1.Pod{}, nil
	case "Deployment":
		return &appsv1.Deployment{}, nil
	case "ReplicaSet":
		return &appsv1.ReplicaSet{}, nil
	case "StatefulSet":
		return &appsv1.StatefulSet{}, nil
	case "DaemonSet":
		return &appsv1.DaemonSet{}, nil
	case "Job":
		return &batchv1.Job{}, nil
	case "CronJob":
		return &batchv1.CronJob{}, nil
	case "ReplicationController":
		return &v1.ReplicationController{}, nil
	case "PodTemplate":
		return &v1.PodTemplate{}, nil
	}
	return nil, fmt.Errorf("unknown kind %q", kind)
}

// compute writes obj as JSON, reads it back (every result comes from the
// object the line's input decodes to) and computes the line.
func compute(obj k8sruntime.Object) (*line, error) {
	input, err := json.Marshal(obj)
	if err != nil {
		return nil, err
	}
	kind := obj.GetObjectKind().GroupVersionKind().Kind
	fresh, err := newObject(kind)
	if err != nil {
		return nil, err
	}
	if err := json.Unmarshal(input, fresh); err != nil {
		return nil, err
	}
	pod, err := kubeletPod(fresh)
	if err != nil {
		return nil, err
	}
	before, err := json.Marshal(podOf(fresh).Spec)
	if err != nil {
		return nil, err
	}
	after, err := json.Marshal(pod.Spec)
	if err != nil {
		return nil, err
	}
	dropped, err := droppedPaths(before, after, "spec")
	if err != nil {
		return nil, err
	}
	l := &line{Kind: kind, Input: input, Dropped: dropped, Containers: []hashed{}}
	if l.Dropped == nil {
		l.Dropped = []string{}
	}
	add := func(typ string, c *v1.Container) error {
		data, err := json.Marshal(c)
		if err != nil {
			return err
		}
		l.Containers = append(l.Containers, hashed{Type: typ, Container: data,
			Hash: kubecontainer.HashContainer(c), HashWithoutResources: kubecontainer.HashContainerWithoutResources(c)})
		return nil
	}
	for i := range pod.Spec.InitContainers {
		if err := add("init", &pod.Spec.InitContainers[i]); err != nil {
			return nil, err
		}
	}
	for i := range pod.Spec.Containers {
		if err := add("regular", &pod.Spec.Containers[i]); err != nil {
			return nil, err
		}
	}
	for i := range pod.Spec.EphemeralContainers {
		c := v1.Container(pod.Spec.EphemeralContainers[i].EphemeralContainerCommon)
		if err := add("ephemeral", &c); err != nil {
			return nil, err
		}
	}
	return l, nil
}
