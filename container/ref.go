package container

import (
	"errors"
	"fmt"

	v1 "k8s.io/api/core/v1"
	"k8s.io/apimachinery/pkg/runtime"
	"k8s.io/client-go/tools/reference"
)

// ImplicitContainerPrefix starts the field path of a reference to a
// container that the pod's spec does not list but the kubelet runs anyway,
// such as the pod sandbox (see GenerateContainerRef and
// FilterEventRecorder).
var ImplicitContainerPrefix = "implicitly required container "

// coreV1Scheme knows the kinds of core/v1 and nothing else; it gives a pod
// without TypeMeta its kind and version. It is built once, when the
// package is loaded, and never changed afterwards, so concurrent lookups
// are safe.
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

// GenerateContainerRef returns a reference to container within pod, for
// events about the container.
//
// The reference has the pod's kind, API version, name, namespace, UID and
// resource version, and a field path naming the container: the first
// container with the same name among the regular, then init, then ephemeral
// containers gives "spec.containers{NAME}", "spec.initContainers{NAME}" or
// "spec.ephemeralContainers{NAME}" (with "[index]" instead of "{NAME}" when
// the name is empty). A container the spec does not list, such as the pod
// sandbox, gives ImplicitContainerPrefix followed by its name; that is not
// an error.
//
// Kind and API version come from the pod's TypeMeta when it sets any of
// them (an unparsable apiVersion counts as empty); only a pod with neither
// is looked up in a scheme of core/v1, which gives Pod and v1.
//
// Unlike the kubelet, which panics, a nil pod or container is an error.
func GenerateContainerRef(pod *v1.Pod, container *v1.Container) (*v1.ObjectReference, error) {
	if pod == nil {
		return nil, errors.New("cannot generate a container reference: the pod is nil")
	}
	if container == nil {
		return nil, errors.New("cannot generate a container reference: the container is nil")
	}
	fieldPath, found := containerFieldPath(&pod.Spec, container.Name)
	if !found {
		fieldPath = ImplicitContainerPrefix + container.Name
	}
	ref, err := reference.GetPartialReference(coreV1Scheme, pod, fieldPath)
	if err != nil {
		return nil, err
	}
	return ref, nil
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
