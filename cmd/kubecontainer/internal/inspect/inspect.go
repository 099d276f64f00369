// Package inspect reads what the check command needs to know about running
// containers from the output of "crictl inspect": their names, pods and the
// hashes the kubelet wrote on them.
package inspect

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"strconv"
)

// Labels and annotations the kubelet puts on every container it creates.
const (
	containerNameLabel = "io.kubernetes.container.name"
	podNameLabel       = "io.kubernetes.pod.name"
	podNamespaceLabel  = "io.kubernetes.pod.namespace"
	// HashAnnotation holds the container's hash.
	HashAnnotation = "io.kubernetes.container.hash"
	// HashWithoutResourcesAnnotation holds the hash without resources,
	// which kubelets v1.27 to v1.30 write when in-place resize is on.
	HashWithoutResourcesAnnotation = "io.kubernetes.container.hashWithoutResources"
)

// A Container is what the check command needs to know about a container
// as the runtime reports it.
type Container struct {
	// Source says where it is in the input: "container 1".
	Source       string
	ID           string
	Name         string
	PodName      string
	PodNamespace string
	// Hash is the value of the hash annotation.
	Hash uint64
	// HashWithoutResources is the value of the hashWithoutResources
	// annotation, which the kubelet writes only when in-place resize is on;
	// HasHashWithoutResources says whether it did.
	HashWithoutResources    uint64
	HasHashWithoutResources bool
}

// inspectOutput is the part of `crictl inspect` output read here.
type inspectOutput struct {
	Status *struct {
		ID          string            `json:"id"`
		Labels      map[string]string `json:"labels"`
		Annotations map[string]string `json:"annotations"`
	} `json:"status"`
}

// Parse reads the output of `crictl inspect`: one JSON object, a
// stream of them, or a JSON array of them.
func Parse(data []byte) ([]Container, error) {
	var outputs []inspectOutput
	trimmed := bytes.TrimLeft(data, " \t\r\n")
	if len(trimmed) > 0 && trimmed[0] == '[' {
		if err := json.Unmarshal(trimmed, &outputs); err != nil {
			return nil, fmt.Errorf("invalid JSON (want the output of crictl inspect): %w", err)
		}
	} else {
		dec := json.NewDecoder(bytes.NewReader(data))
		for {
			var out inspectOutput
			err := dec.Decode(&out)
			if errors.Is(err, io.EOF) {
				break
			}
			if err != nil {
				return nil, fmt.Errorf("container %d: invalid JSON (want the output of crictl inspect): %w", len(outputs)+1, err)
			}
			outputs = append(outputs, out)
		}
	}
	if len(outputs) == 0 {
		return nil, errors.New("no container found (want the output of crictl inspect)")
	}
	running := make([]Container, 0, len(outputs))
	for i, out := range outputs {
		rc, err := out.running(fmt.Sprintf("container %d", i+1))
		if err != nil {
			return nil, err
		}
		running = append(running, rc)
	}
	return running, nil
}

// running checks that out has everything the check command needs.
func (out inspectOutput) running(source string) (Container, error) {
	if out.Status == nil {
		return Container{}, fmt.Errorf("%s: no status (want the output of crictl inspect)", source)
	}
	labels, annotations := out.Status.Labels, out.Status.Annotations
	if out.Status.ID != "" {
		source = fmt.Sprintf("%s (%.13s)", source, out.Status.ID)
	}
	for _, label := range []string{containerNameLabel, podNameLabel, podNamespaceLabel} {
		if labels[label] == "" {
			return Container{}, fmt.Errorf("%s: status.labels has no %s: was it created by the kubelet?", source, label)
		}
	}
	if annotations[HashAnnotation] == "" {
		return Container{}, fmt.Errorf("%s: status.annotations has no %s: was it created by the kubelet?", source, HashAnnotation)
	}
	rc := Container{
		Source:       source,
		ID:           out.Status.ID,
		Name:         labels[containerNameLabel],
		PodName:      labels[podNameLabel],
		PodNamespace: labels[podNamespaceLabel],
	}
	var err error
	if rc.Hash, err = parseHashAnnotation(annotations, HashAnnotation); err != nil {
		return Container{}, fmt.Errorf("%s: %w", source, err)
	}
	if _, ok := annotations[HashWithoutResourcesAnnotation]; ok {
		rc.HasHashWithoutResources = true
		if rc.HashWithoutResources, err = parseHashAnnotation(annotations, HashWithoutResourcesAnnotation); err != nil {
			return Container{}, fmt.Errorf("%s: %w", source, err)
		}
	}
	return rc, nil
}

// parseHashAnnotation parses the hexadecimal hash in annotation name.
func parseHashAnnotation(annotations map[string]string, name string) (uint64, error) {
	value := annotations[name]
	h, err := strconv.ParseUint(value, 16, 64)
	if err != nil {
		return 0, fmt.Errorf("annotation %s is %q, not a hexadecimal number", name, value)
	}
	return h, nil
}
