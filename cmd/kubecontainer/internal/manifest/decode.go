package manifest

import (
	"fmt"
	"strings"

	v1 "k8s.io/api/core/v1"
	"k8s.io/apimachinery/pkg/runtime"
	kjson "sigs.k8s.io/json"

	"github.com/kubecontainer/kubecontainer/cmd/kubecontainer/internal/defaults"
	"github.com/kubecontainer/kubecontainer/containerhash"
	"github.com/kubecontainer/kubecontainer/internal/podspec"
)

// Options say how manifests become the containers a kubelet receives.
type Options struct {
	// Kubelet is the minor version of the kubelet answered for: 27 for
	// kubelet v1.27.
	Kubelet int
	// NoDefaults leaves out the v1.27 API server's defaulting.
	NoDefaults bool
	// MaxInputSize is the most bytes read of each input.
	MaxInputSize int64
	// Workers is the number of goroutines that decode objects.
	Workers int
}

// appliesDefaults reports whether the v1.27 API server's defaulting is
// applied: unless NoDefaults, for the kubelets that hash the whole
// container, whose hash the defaults change.
func (o Options) appliesDefaults() bool {
	return !o.NoDefaults && o.Kubelet <= containerhash.LastWholeContainerMinor
}

// A decoded object is the containers of one document and the notes about
// what was skipped, dropped or ignored on the way.
type decoded struct {
	Entries []Entry
	Notes   []string
}

// objectDecoder decodes single objects into the k8s.io/api types of the
// supported kinds: case-sensitively, as the API server does, and reporting
// unknown and duplicate fields. Each goroutine needs its own.
type objectDecoder struct {
	reader  *objectReader
	fields  fieldRules
	options Options
}

func newObjectDecoder(options Options) *objectDecoder {
	return &objectDecoder{reader: newObjectReader(), fields: newFieldRules(options), options: options}
}

// decode decodes doc and returns its containers (for a List, those of its
// items) as the kubelet receives them.
func (d *objectDecoder) decode(doc document) (decoded, error) {
	var out decoded
	err := d.decodeInto(&out, doc)
	return out, err
}

func (d *objectDecoder) decodeInto(out *decoded, doc document) error {
	obj, err := d.peek(doc)
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
	return d.containers(out, obj.Object, decodedObj, unknown)
}

// containers appends the containers of the pod decodedObj makes, as the
// kubelet receives it, and the notes about the fields it does not see:
// unknown are those strict decoding found unknown.
func (d *objectDecoder) containers(out *decoded, obj Object, decodedObj runtime.Object, unknown []string) error {
	pod, specPath := podOf(decodedObj)
	if pod == nil {
		return fmt.Errorf("%s: no pod template", obj)
	}
	cleared, err := d.fields.clear(&pod.Spec, specPath, obj.String())
	if err != nil {
		return err
	}
	var dropped []string
	for _, path := range append(unknown, cleared...) {
		if isPodSpecField(path, specPath) {
			dropped = append(dropped, path)
		}
	}
	for _, path := range sortedUnique(dropped) {
		out.Notes = append(out.Notes, d.fields.note(obj.String(), path))
	}
	if d.options.appliesDefaults() {
		for _, path := range defaults.Pod(pod) {
			out.Notes = append(out.Notes, fmt.Sprintf("%s: dropped %s, as the v1.27 API server does", obj, objectPath(path, specPath)))
		}
	}
	n := len(out.Entries)
	podspec.VisitContainers(&pod.Spec, func(c *v1.Container, kind podspec.Kind, _ int) bool {
		out.Entries = append(out.Entries, Entry{Object: obj, Type: kind, Container: c})
		return true
	})
	if len(out.Entries) == n {
		return fmt.Errorf("%s: no containers", obj)
	}
	return nil
}

// peekedObject is an object's identity and header, read before decoding
// it.
type peekedObject struct {
	Object
	header
}

// peek reads doc's header; the object must have a kind, or be the item
// of a typed List, whose items leave it out.
func (d *objectDecoder) peek(doc document) (peekedObject, error) {
	var h header
	if doc.header != nil {
		h = *doc.header
	} else {
		var err error
		if h, err = d.reader.read(doc.json); err != nil {
			return peekedObject{}, fmt.Errorf("%s: %w", doc.source, err)
		}
	}
	if h.err != nil {
		return peekedObject{}, fmt.Errorf("%s: %w", doc.source, h.err)
	}
	if h.kind == "" && h.apiVersion == "" {
		if doc.listPending {
			return peekedObject{}, errDeferred
		}
		h.kind, h.apiVersion = doc.listItem.kind, doc.listItem.apiVersion
	}
	if h.kind == "" {
		return peekedObject{}, fmt.Errorf("%s: kind is not set", doc.source)
	}
	return peekedObject{
		Object: Object{Source: doc.source, Kind: h.kind, Namespace: h.namespace, Name: h.name},
		header: h,
	}, nil
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

// objectPath turns the path of a field of the Pod built from an object's
// pod template ("spec.containers[0].x") into its path in the object.
func objectPath(podPath, specPath string) string {
	if rest, ok := strings.CutPrefix(podPath, "spec."); ok {
		return specPath + "." + rest
	}
	return podPath
}

// oneLine joins the lines of a multi-line message with single spaces.
func oneLine(msg string) string {
	return strings.Join(strings.Fields(msg), " ")
}
