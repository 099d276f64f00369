package main

import (
	"fmt"
	"strings"

	appsv1 "k8s.io/api/apps/v1"
	batchv1 "k8s.io/api/batch/v1"
	v1 "k8s.io/api/core/v1"
	"k8s.io/apimachinery/pkg/runtime"
	kjson "sigs.k8s.io/json"

	"github.com/kubecontainer/kubecontainer/cmd/kubecontainer/internal/defaults"
	"github.com/kubecontainer/kubecontainer/internal/podspec"
)

// newObject returns an empty object of kind and the apiVersion this
// command decodes it from, or false when kind is not supported: it is List
// or carries a pod spec.
func newObject(kind string) (obj runtime.Object, apiVersion string, ok bool) {
	switch kind {
	case "Pod":
		return &v1.Pod{}, "v1", true
	case "PodTemplate":
		return &v1.PodTemplate{}, "v1", true
	case "ReplicationController":
		return &v1.ReplicationController{}, "v1", true
	case "List":
		return &v1.List{}, "v1", true
	case "Deployment":
		return &appsv1.Deployment{}, "apps/v1", true
	case "ReplicaSet":
		return &appsv1.ReplicaSet{}, "apps/v1", true
	case "StatefulSet":
		return &appsv1.StatefulSet{}, "apps/v1", true
	case "DaemonSet":
		return &appsv1.DaemonSet{}, "apps/v1", true
	case "Job":
		return &batchv1.Job{}, "batch/v1", true
	case "CronJob":
		return &batchv1.CronJob{}, "batch/v1", true
	}
	return nil, "", false
}

// A listItem is the kind and apiVersion of the items of a typed List.
type listItem struct {
	kind, apiVersion string
}

// typedListItem returns what the items of a typed List of kind and
// apiVersion are ("Pod" and "v1" for a v1 PodList), or false when kind is
// not a List of a supported kind.
func typedListItem(kind, apiVersion string) (listItem, bool) {
	itemKind, ok := strings.CutSuffix(kind, "List")
	if !ok || itemKind == "" || itemKind == "List" {
		return listItem{}, false
	}
	if _, want, ok := newObject(itemKind); !ok || want != apiVersion {
		return listItem{}, false
	}
	return listItem{kind: itemKind, apiVersion: apiVersion}, true
}

// supportedKinds names the supported kinds for messages.
const supportedKinds = "Pod, Deployment, ReplicaSet, StatefulSet, DaemonSet, Job, CronJob, ReplicationController, PodTemplate, " +
	"or a List of them (List, PodList, DeploymentList, ...)"

// An object names one Kubernetes object of the input.
type object struct {
	// Source says where the object is: "document 2" or "document 2, item 1".
	Source    string
	Kind      string
	Namespace string
	Name      string
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
	Type      podspec.Kind
	Container *v1.Container
}

// decodeOptions say how objects become the containers a kubelet hashes.
type decodeOptions struct {
	// Kubelet is the kubelet version the command answers for.
	Kubelet kubelet
	// NoDefaults leaves out the API server's defaulting.
	NoDefaults bool
}

// A decoded object is the containers of one document and the notes about
// what was skipped, dropped or ignored on the way.
type decoded struct {
	Entries []entry
	Notes   []string
}

// objectDecoder decodes single objects into the k8s.io/api types of the
// supported kinds: case-sensitively, as the API server does, and reporting
// unknown and duplicate fields. It is safe for concurrent use.
type objectDecoder struct {
	newer   *newerFields
	options decodeOptions
}

func newObjectDecoder(options decodeOptions) *objectDecoder {
	return &objectDecoder{newer: newNewerFields(), options: options}
}

// decode decodes doc and returns its containers (for a List, those of its
// items) as the kubelet receives them.
func (d *objectDecoder) decode(doc document) (decoded, error) {
	var out decoded
	err := d.decodeInto(&out, doc)
	return out, err
}

func (d *objectDecoder) decodeInto(out *decoded, doc document) error {
	obj, err := peekObject(doc.json, doc.source, doc.listItem)
	if err != nil {
		return err
	}
	if doc.yamlErr != nil {
		out.Notes = append(out.Notes, fmt.Sprintf("%s: ignored: %s", obj, oneLine(doc.yamlErr.Error())))
	}
	decodedObj, want, ok := newObject(obj.Kind)
	item, typedList := typedListItem(obj.Kind, obj.apiVersion)
	if typedList {
		// Its items are decoded one by one, as those of a List.
		decodedObj, want, ok = &v1.List{}, obj.apiVersion, true
	}
	if !ok {
		out.Notes = append(out.Notes, fmt.Sprintf("%s: skipped: kind %s has no pod template", obj, obj.Kind))
		return nil
	}
	if obj.apiVersion != want {
		return fmt.Errorf("%s: apiVersion %q is not supported for kind %s (want %s)", obj, obj.apiVersion, obj.Kind, want)
	}
	if obj.quantityErr != nil {
		return fmt.Errorf("%s: %w", obj, obj.quantityErr)
	}
	strictErrs, err := kjson.UnmarshalStrict(obj.decodable, decodedObj,
		kjson.DisallowDuplicateFields, kjson.DisallowUnknownFields)
	if err != nil {
		return fmt.Errorf("%s: %w", obj, err)
	}
	unknown, ignored := splitStrictErrors(strictErrs)
	if ignored != "" {
		out.Notes = append(out.Notes, fmt.Sprintf("%s: ignored: %s", obj, ignored))
	}
	if list, ok := decodedObj.(*v1.List); ok {
		for i, raw := range list.Items {
			itemDoc := document{source: fmt.Sprintf("%s, item %d", doc.source, i+1), json: raw.Raw, listItem: item}
			if err := d.decodeInto(out, itemDoc); err != nil {
				return err
			}
		}
		return nil
	}
	pod, specPath := podOf(decodedObj)
	if pod == nil {
		return fmt.Errorf("%s: no pod template", obj)
	}
	unknown = sortedUnique(append(unknown, d.newer.clear(&pod.Spec, specPath)...))
	unknown = fieldsWhere(unknown, func(path string) bool { return isPodSpecField(path, specPath) })
	if err := d.checkHashable(obj, unknown, specPath); err != nil {
		return err
	}
	out.Notes = append(out.Notes, d.unknownNotes(obj, unknown)...)
	if !d.options.NoDefaults && d.options.Kubelet.appliesDefaults() {
		for _, path := range defaults.Pod(pod) {
			out.Notes = append(out.Notes, fmt.Sprintf("%s: dropped %s, as the v1.27 API server does", obj, objectPath(path, specPath)))
		}
	}
	n := len(out.Entries)
	podspec.VisitContainers(&pod.Spec, func(c *v1.Container, kind podspec.Kind, _ int) bool {
		out.Entries = append(out.Entries, entry{Object: obj.object, Type: kind, Container: c})
		return true
	})
	if len(out.Entries) == n {
		return fmt.Errorf("%s: no containers", obj)
	}
	return nil
}

// checkHashable returns an error when the kubelet the decoder answers for
// hashes fields that the v1.27 API lacks and that the pod spec of obj, at
// specPath, sets in a container: unknown lists the fields the v1.27 API
// lacks.
func (d *objectDecoder) checkHashable(obj peekedObject, unknown []string, specPath string) error {
	if !d.options.Kubelet.refusesNewerFields() {
		return nil
	}
	hashed := fieldsWhere(unknown, func(path string) bool { return isContainerField(path, specPath) })
	if len(hashed) == 0 {
		return nil
	}
	noun := "field"
	if len(hashed) > 1 {
		noun = "fields"
	}
	return fmt.Errorf("%s: the v1.27 API that this build hashes with has no %s %s, which kubelet v1.%d may hash: "+
		"its hash cannot be computed exactly (exact here: --kubelet 1.27, or 1.31 to 1.37)",
		obj, noun, strings.Join(hashed, ", "), d.options.Kubelet.Minor)
}

// fieldsWhere returns the paths of paths for which keep is true.
func fieldsWhere(paths []string, keep func(path string) bool) []string {
	var kept []string
	for _, path := range paths {
		if keep(path) {
			kept = append(kept, path)
		}
	}
	return kept
}

// unknownNotes returns a note for each field of obj that the v1.27 API does
// not have.
func (d *objectDecoder) unknownNotes(obj peekedObject, unknown []string) []string {
	notes := make([]string, 0, len(unknown))
	for _, path := range unknown {
		notes = append(notes, fmt.Sprintf("%s: dropped %s: not a field of the v1.27 API, which drops it", obj, path))
	}
	return notes
}

// objectPath turns the path of a field of the Pod built from obj's pod
// template ("spec.containers[0].x") into its path in obj.
func objectPath(podPath, specPath string) string {
	if rest, ok := strings.CutPrefix(podPath, "spec."); ok {
		return specPath + "." + rest
	}
	return podPath
}

// splitStrictErrors splits what strict decoding reported into the paths of
// unknown fields and a message for everything else (duplicate fields).
func splitStrictErrors(errs []error) (unknown []string, ignored string) {
	var others []string
	for _, e := range errs {
		msg := e.Error()
		if path, ok := strings.CutPrefix(msg, `unknown field "`); ok && strings.HasSuffix(path, `"`) {
			unknown = append(unknown, strings.TrimSuffix(path, `"`))
			continue
		}
		others = append(others, msg)
	}
	if len(others) > 0 {
		ignored = "strict decoding error: " + strings.Join(others, ", ")
	}
	return unknown, ignored
}

// peekedObject is an object's identity and header, read before decoding
// it.
type peekedObject struct {
	object
	header
}

// peekObject checks the JSON object data, which must have a kind (or be
// the item of a typed List, whose items leave it out), and reads its header.
func peekObject(data []byte, source string, item listItem) (peekedObject, error) {
	h, err := scanObject(data)
	if err != nil {
		return peekedObject{}, fmt.Errorf("%s: %w", source, err)
	}
	if h.kind == "" && h.apiVersion == "" {
		h.kind, h.apiVersion = item.kind, item.apiVersion
	}
	if h.kind == "" {
		return peekedObject{}, fmt.Errorf("%s: kind is not set", source)
	}
	return peekedObject{
		object: object{Source: source, Kind: h.kind, Namespace: h.namespace, Name: h.name},
		header: h,
	}, nil
}

// oneLine joins the lines of a multi-line message with single spaces.
func oneLine(msg string) string {
	return strings.Join(strings.Fields(msg), " ")
}
