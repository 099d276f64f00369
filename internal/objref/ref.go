package objref

import (
	"errors"
	"fmt"

	v1 "k8s.io/api/core/v1"
	"k8s.io/apimachinery/pkg/runtime"
	"k8s.io/apimachinery/pkg/runtime/schema"
)

// ImplicitContainerPrefix is the default value of the lines' variable of
// that name: it starts the field path of a reference to a container that
// the pod's spec does not list, such as the pod sandbox.
const ImplicitContainerPrefix = "implicitly required container "

// coreV1Scheme knows the kinds of core/v1 and nothing else. It is built
// when the package is loaded and never changed, so lookups are safe for
// concurrent use.
var coreV1Scheme = newCoreV1Scheme()

// newCoreV1Scheme returns a new scheme with the core/v1 group registered.
func newCoreV1Scheme() *runtime.Scheme {
	scheme := runtime.NewScheme()
	if err := v1.AddToScheme(scheme); err != nil {
		// Registering one group in an empty scheme cannot conflict.
		panic(fmt.Sprintf("registering core/v1 in a new scheme: %v", err))
	}
	return scheme
}

// ContainerRef returns the kubelet's reference to container within pod,
// as GenerateContainerRef does; implicitPrefix is the line's
// ImplicitContainerPrefix.
//
// The field path names the first container with the same name among the
// regular, then init, then ephemeral containers: "spec.containers{NAME}",
// "spec.initContainers{NAME}" or "spec.ephemeralContainers{NAME}", with
// "[index]" instead of "{NAME}" for an empty name. A container the spec
// does not list gets implicitPrefix followed by its name; that is not an
// error.
//
// Kind and apiVersion come from the pod's TypeMeta when its group,
// version or kind is not empty; an apiVersion that does not parse counts as
// an empty group and version. Only a pod whose TypeMeta gives none of the
// three is looked up in the core/v1 scheme, which answers Pod and v1. The
// reference carries kind, apiVersion, name, namespace, UID, resource
// version and field path. A nil pod or container is an error.
func ContainerRef(pod *v1.Pod, container *v1.Container, implicitPrefix string) (*v1.ObjectReference, error) {
	if pod == nil {
		return nil, errors.New("cannot generate a container reference: the pod is nil")
	}
	if container == nil {
		return nil, errors.New("cannot generate a container reference: the container is nil")
	}
	fieldPath, found := containerFieldPath(&pod.Spec, container.Name)
	if !found {
		fieldPath = implicitPrefix + container.Name
	}
	gvk, err := podKind(pod)
	if err != nil {
		return nil, err
	}
	return &v1.ObjectReference{
		Kind:            gvk.Kind,
		APIVersion:      gvk.GroupVersion().String(),
		Name:            pod.Name,
		Namespace:       pod.Namespace,
		UID:             pod.UID,
		ResourceVersion: pod.ResourceVersion,
		FieldPath:       fieldPath,
	}, nil
}

// podKind returns the group, version and kind of pod: those of its
// TypeMeta when any of them is set, else the scheme's.
func podKind(pod *v1.Pod) (schema.GroupVersionKind, error) {
	// FromAPIVersionAndKind drops an apiVersion that does not parse.
	gvk := schema.FromAPIVersionAndKind(pod.APIVersion, pod.Kind)
	if !gvk.Empty() {
		return gvk, nil
	}
	gvks, _, err := coreV1Scheme.ObjectKinds(pod)
	if err != nil {
		return schema.GroupVersionKind{}, fmt.Errorf("looking up the pod's kind: %w", err)
	}
	return gvks[0], nil
}

// containerFieldPath returns the field path of the first container named
// name in spec, looking at regular, then init, then ephemeral containers,
// and whether there is one.
func containerFieldPath(spec *v1.PodSpec, name string) (string, bool) {
	for i := range spec.Containers {
		if spec.Containers[i].Name == name {
			return listElementPath("spec.containers", i, name), true
		}
	}
	for i := range spec.InitContainers {
		if spec.InitContainers[i].Name == name {
			return listElementPath("spec.initContainers", i, name), true
		}
	}
	for i := range spec.EphemeralContainers {
		if spec.EphemeralContainers[i].Name == name {
			return listElementPath("spec.ephemeralContainers", i, name), true
		}
	}
	return "", false
}

// listElementPath returns the field path of the element at index of the
// list at listPath: "listPath{name}", or "listPath[index]" when the name
// is empty.
func listElementPath(listPath string, index int, name string) string {
	if name == "" {
		return fmt.Sprintf("%s[%d]", listPath, index)
	}
	return fmt.Sprintf("%s{%s}", listPath, name)
}
