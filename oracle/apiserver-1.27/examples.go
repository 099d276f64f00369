package main

import (
	"bufio"
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"sort"

	v1 "k8s.io/api/core/v1"
	metav1 "k8s.io/apimachinery/pkg/apis/meta/v1"
	utilyaml "k8s.io/apimachinery/pkg/util/yaml"
	kubecontainer "k8s.io/kubernetes/pkg/kubelet/container"
	"sigs.k8s.io/yaml"
)

// exampleLine is one line of examples.jsonl: a container of an object of
// an example manifest, and what kubelet v1.27.16 hashes for it.
type exampleLine struct {
	// File is the manifest's path from the repository's root.
	File string `json:"file"`
	// Source says where the object is in the file, as the command says it:
	// "document 2", "document 1, item 3".
	Source    string `json:"source"`
	Kind      string `json:"kind"`
	Namespace string `json:"namespace"`
	Name      string `json:"name"`
	Type      string `json:"type"`
	Container string `json:"container"`
	// Hash and HashWithoutResources are those of the container of the Pod
	// the kubelet receives: through the v1.27.16 API server's defaulting
	// (for a workload, of the Pod its controller creates).
	Hash                 uint64 `json:"hash"`
	HashWithoutResources uint64 `json:"hashWithoutResources"`
	// AsWritten are the same hashes of the container exactly as the
	// manifest writes it (kubecontainer --no-defaults).
	AsWritten                 uint64 `json:"hashAsWritten"`
	AsWrittenWithoutResources uint64 `json:"hashWithoutResourcesAsWritten"`
}

// writeExamples writes, for every manifest in dir (examples/), a line per
// container of each of its objects with a pod template, to the file out.
func writeExamples(dir, out string) error {
	files, err := filepath.Glob(filepath.Join(dir, "*"))
	if err != nil {
		return err
	}
	sort.Strings(files)
	var w bytes.Buffer
	n := 0
	for _, file := range files {
		lines, err := exampleLines(file, filepath.Join(filepath.Base(dir), filepath.Base(file)))
		if err != nil {
			return fmt.Errorf("%s: %w", file, err)
		}
		for _, l := range lines {
			data, err := json.Marshal(l)
			if err != nil {
				return err
			}
			w.Write(append(data, '\n')) //nolint:errcheck // a bytes.Buffer's Write returns no error
			n++
		}
	}
	if err := os.WriteFile(out, w.Bytes(), 0o644); err != nil {
		return err
	}
	fmt.Printf("%s: %d containers\n", out, n)
	return nil
}

// exampleLines returns the lines of the manifest file, named name in them.
// A file that is not a manifest (examples/inspect.json) has none.
func exampleLines(file, name string) ([]exampleLine, error) {
	data, err := os.ReadFile(file)
	if err != nil {
		return nil, err
	}
	reader := utilyaml.NewYAMLReader(bufio.NewReader(bytes.NewReader(data)))
	var lines []exampleLine
	for n := 1; ; {
		doc, err := reader.Read()
		if errors.Is(err, io.EOF) {
			return lines, nil
		}
		if err != nil {
			return nil, err
		}
		jsonDoc, err := yaml.YAMLToJSON(doc)
		if err != nil {
			return nil, err
		}
		if string(jsonDoc) == "null" {
			continue
		}
		docLines, err := objectLines(jsonDoc, name, fmt.Sprintf("document %d", n))
		if err != nil {
			return nil, fmt.Errorf("document %d: %w", n, err)
		}
		lines = append(lines, docLines...)
		n++
	}
}

// objectLines returns the lines of the object data at source, the lines of
// its items for a List; none for a kind without a pod template.
func objectLines(data []byte, file, source string) ([]exampleLine, error) {
	var meta struct {
		metav1.TypeMeta
		Metadata metav1.ObjectMeta `json:"metadata"`
		Items    []json.RawMessage `json:"items"`
	}
	if err := json.Unmarshal(data, &meta); err != nil {
		return nil, nil // not an object: crictl inspect's output
	}
	if meta.Kind == "List" {
		var lines []exampleLine
		for i, item := range meta.Items {
			itemLines, err := objectLines(item, file, fmt.Sprintf("%s, item %d", source, i+1))
			if err != nil {
				return nil, err
			}
			lines = append(lines, itemLines...)
		}
		return lines, nil
	}
	obj, err := newObject(meta.Kind)
	if err != nil {
		return nil, nil // a Service, a ConfigMap, ...
	}
	if err := json.Unmarshal(data, obj); err != nil {
		return nil, err
	}
	defaulted, err := compute(obj)
	if err != nil {
		return nil, err
	}
	asWritten := podOf(obj).Spec
	written := containersOf(&asWritten)
	if len(written) != len(defaulted.Containers) {
		return nil, fmt.Errorf("%d containers written, %d received", len(written), len(defaulted.Containers))
	}
	var lines []exampleLine
	for i, c := range defaulted.Containers {
		var received v1.Container
		if err := json.Unmarshal(c.Container, &received); err != nil {
			return nil, err
		}
		l := exampleLine{
			File: file, Source: source, Kind: meta.Kind, Namespace: meta.Metadata.Namespace, Name: meta.Metadata.Name,
			Type: c.Type, Container: received.Name, Hash: c.Hash, HashWithoutResources: c.HashWithoutResources,
			AsWritten:                 kubecontainer.HashContainer(written[i]),
			AsWrittenWithoutResources: kubecontainer.HashContainerWithoutResources(written[i]),
		}
		if written[i].Name != received.Name {
			return nil, fmt.Errorf("container %d is %q as written, %q as received", i, written[i].Name, received.Name)
		}
		lines = append(lines, l)
	}
	return lines, nil
}

// containersOf returns the containers of spec in the kubelet's order:
// init, regular, ephemeral.
func containersOf(spec *v1.PodSpec) []*v1.Container {
	var out []*v1.Container
	for i := range spec.InitContainers {
		out = append(out, &spec.InitContainers[i])
	}
	for i := range spec.Containers {
		out = append(out, &spec.Containers[i])
	}
	for i := range spec.EphemeralContainers {
		c := v1.Container(spec.EphemeralContainers[i].EphemeralContainerCommon)
		out = append(out, &c)
	}
	return out
}
