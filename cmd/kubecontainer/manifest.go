package main

import (
	"bufio"
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"os"
	"strings"

	appsv1 "k8s.io/api/apps/v1"
	batchv1 "k8s.io/api/batch/v1"
	v1 "k8s.io/api/core/v1"
	"k8s.io/apimachinery/pkg/runtime"
	serializerjson "k8s.io/apimachinery/pkg/runtime/serializer/json"
	utiljson "k8s.io/apimachinery/pkg/util/json"
	utilyaml "k8s.io/apimachinery/pkg/util/yaml"
	"sigs.k8s.io/yaml"
)

// supportedAPIVersion returns the apiVersion this command decodes objects of
// kind from, and whether kind is supported: it is List or carries a pod spec.
func supportedAPIVersion(kind string) (string, bool) {
	switch kind {
	case "Pod", "PodTemplate", "ReplicationController", "List":
		return "v1", true
	case "Deployment", "ReplicaSet", "StatefulSet", "DaemonSet":
		return "apps/v1", true
	case "Job", "CronJob":
		return "batch/v1", true
	}
	return "", false
}

// supportedKinds names the supported kinds for messages.
const supportedKinds = "Pod, Deployment, ReplicaSet, StatefulSet, DaemonSet, Job, CronJob, ReplicationController, PodTemplate or List"

// An object names one Kubernetes object of the input.
type object struct {
	// Source says where the object is: "document 2" or "document 2, item 1".
	Source    string `json:"source"`
	Kind      string `json:"kind"`
	Namespace string `json:"namespace"`
	Name      string `json:"name"`
}

// String names the object for messages: `document 2 (Deployment default/web)`.
func (o object) String() string {
	if o.Kind == "" {
		return o.Source
	}
	name := o.Name
	if o.Namespace != "" {
		name = o.Namespace + "/" + name
	}
	if name == "" {
		return fmt.Sprintf("%s (%s)", o.Source, o.Kind)
	}
	return fmt.Sprintf("%s (%s %s)", o.Source, o.Kind, name)
}

// An entry is one container of the input and the object it belongs to.
type entry struct {
	Object    object
	Type      containerType
	Container *v1.Container
}

// A manifest is what was read from one input: its containers in input order,
// and notes about what was skipped or ignored on the way.
type manifest struct {
	Entries []entry
	Notes   []string
}

// readManifest reads the file name ("-" for stdin) and decodes it with
// decodeManifest. Errors name the file.
func readManifest(name string, stdin io.Reader) (*manifest, error) {
	data, err := readInput(name, stdin)
	if err != nil {
		return nil, err
	}
	m, err := decodeManifest(data)
	if err != nil {
		return nil, fmt.Errorf("%s: %w", displayName(name), err)
	}
	return m, nil
}

// readInput returns the content of file name, or of stdin for "-".
func readInput(name string, stdin io.Reader) ([]byte, error) {
	if name == "-" {
		return io.ReadAll(stdin)
	}
	return os.ReadFile(name)
}

// displayName names a file for messages, stdin included.
func displayName(name string) string {
	if name == "-" {
		return "<stdin>"
	}
	return name
}

// decodeManifest decodes YAML or JSON holding one or more Kubernetes objects
// (YAML documents separated by ---, or a stream of JSON objects) and returns
// the containers of every object that has a pod spec. Objects of other kinds
// are skipped with a note. Nothing is defaulted: containers are exactly what
// decoding into the k8s.io/api types gives.
func decodeManifest(data []byte) (*manifest, error) {
	docs, err := splitDocuments(data)
	m := &manifest{}
	d := newObjectDecoder()
	for i, doc := range docs {
		source := fmt.Sprintf("document %d", i+1)
		if derr := d.decode(m, doc.json, source, doc.yamlErr); derr != nil {
			return nil, derr
		}
	}
	// A splitting error comes after the documents before it, which may have
	// errors of their own that are reported first.
	if err != nil {
		return nil, err
	}
	return m, nil
}

// A document is one document of the input, as JSON.
type document struct {
	json []byte
	// yamlErr is what strict YAML decoding found wrong (duplicate keys)
	// in a YAML document that decodes otherwise.
	yamlErr error
}

// splitDocuments returns each non-empty document of data. When it fails, it
// returns the documents before the bad one and an error naming it.
func splitDocuments(data []byte) ([]document, error) {
	trimmed := bytes.TrimLeft(data, " \t\r\n")
	if len(trimmed) > 0 && trimmed[0] == '{' {
		return splitJSON(trimmed)
	}
	var docs []document
	reader := utilyaml.NewYAMLReader(bufio.NewReader(bytes.NewReader(data)))
	for {
		doc, err := reader.Read()
		if errors.Is(err, io.EOF) {
			return docs, nil
		}
		if err != nil {
			return docs, fmt.Errorf("document %d: %w", len(docs)+1, err)
		}
		jsonDoc, err := yaml.YAMLToJSON(doc)
		if err != nil {
			return docs, fmt.Errorf("document %d: %w", len(docs)+1, err)
		}
		if string(jsonDoc) == "null" {
			continue
		}
		_, yamlErr := yaml.YAMLToJSONStrict(doc)
		docs = append(docs, document{json: jsonDoc, yamlErr: yamlErr})
	}
}

// splitJSON returns the objects of a stream of JSON values.
func splitJSON(data []byte) ([]document, error) {
	var docs []document
	dec := json.NewDecoder(bytes.NewReader(data))
	for {
		var doc json.RawMessage
		err := dec.Decode(&doc)
		if errors.Is(err, io.EOF) {
			return docs, nil
		}
		if err != nil {
			return docs, fmt.Errorf("document %d: invalid JSON: %w", len(docs)+1, err)
		}
		docs = append(docs, document{json: doc})
	}
}

// objectDecoder decodes single objects into the k8s.io/api types of the
// supported kinds: case-sensitively, as the API server does, and reporting
// unknown and duplicate fields.
type objectDecoder struct {
	decoder runtime.Decoder
}

func newObjectDecoder() *objectDecoder {
	scheme := runtime.NewScheme()
	scheme.AddKnownTypes(v1.SchemeGroupVersion,
		&v1.Pod{}, &v1.PodTemplate{}, &v1.ReplicationController{}, &v1.List{})
	scheme.AddKnownTypes(appsv1.SchemeGroupVersion,
		&appsv1.Deployment{}, &appsv1.ReplicaSet{}, &appsv1.StatefulSet{}, &appsv1.DaemonSet{})
	scheme.AddKnownTypes(batchv1.SchemeGroupVersion, &batchv1.Job{}, &batchv1.CronJob{})
	options := serializerjson.SerializerOptions{Strict: true}
	return &objectDecoder{
		decoder: serializerjson.NewSerializerWithOptions(serializerjson.DefaultMetaFactory, scheme, scheme, options),
	}
}

// decode decodes the JSON object data found at source and adds its
// containers (or, for a List, the containers of its items) to m. yamlErr,
// when not nil, is noted as something the decoding ignored.
func (d *objectDecoder) decode(m *manifest, data []byte, source string, yamlErr error) error {
	obj, err := peekObject(data, source)
	if err != nil {
		return err
	}
	if yamlErr != nil {
		m.Notes = append(m.Notes, fmt.Sprintf("%s: ignored: %s", obj, oneLine(yamlErr.Error())))
	}
	want, ok := supportedAPIVersion(obj.Kind)
	if !ok {
		m.Notes = append(m.Notes, fmt.Sprintf("%s: skipped: kind %s has no pod template", obj, obj.Kind))
		return nil
	}
	if obj.apiVersion != want {
		return fmt.Errorf("%s: apiVersion %q is not supported for kind %s (want %s)", obj, obj.apiVersion, obj.Kind, want)
	}
	decoded, _, err := d.decoder.Decode(data, nil, nil)
	if runtime.IsStrictDecodingError(err) {
		m.Notes = append(m.Notes, fmt.Sprintf("%s: ignored: %v", obj, err))
	} else if err != nil {
		return fmt.Errorf("%s: %w", obj, err)
	}
	if list, ok := decoded.(*v1.List); ok {
		for i, item := range list.Items {
			itemSource := fmt.Sprintf("%s, item %d", source, i+1)
			if err := d.decode(m, item.Raw, itemSource, nil); err != nil {
				return err
			}
		}
		return nil
	}
	spec := podSpecOf(decoded)
	if spec == nil {
		return fmt.Errorf("%s: no pod template", obj)
	}
	containers := containersOf(spec)
	if len(containers) == 0 {
		return fmt.Errorf("%s: no containers", obj)
	}
	for _, c := range containers {
		m.Entries = append(m.Entries, entry{Object: obj.object, Type: c.Type, Container: c.Container})
	}
	return nil
}

// peekedObject is an object's identity, read before decoding it.
type peekedObject struct {
	object
	apiVersion string
}

// peekObject reads the apiVersion, kind, name and namespace of the JSON
// object data, which must have a kind.
func peekObject(data []byte, source string) (peekedObject, error) {
	if trimmed := bytes.TrimLeft(data, " \t\r\n"); len(trimmed) == 0 || trimmed[0] != '{' {
		return peekedObject{}, fmt.Errorf("%s: not a Kubernetes object (want a mapping with apiVersion and kind)", source)
	}
	var meta struct {
		APIVersion string `json:"apiVersion"`
		Kind       string `json:"kind"`
		Metadata   struct {
			Name      string `json:"name"`
			Namespace string `json:"namespace"`
		} `json:"metadata"`
	}
	if err := utiljson.Unmarshal(data, &meta); err != nil {
		return peekedObject{}, fmt.Errorf("%s: %w", source, err)
	}
	if meta.Kind == "" {
		return peekedObject{}, fmt.Errorf("%s: kind is not set", source)
	}
	return peekedObject{
		object: object{
			Source:    source,
			Kind:      meta.Kind,
			Namespace: meta.Metadata.Namespace,
			Name:      meta.Metadata.Name,
		},
		apiVersion: meta.APIVersion,
	}, nil
}

// oneLine joins the lines of a multi-line message with single spaces.
func oneLine(msg string) string {
	return strings.Join(strings.Fields(msg), " ")
}
