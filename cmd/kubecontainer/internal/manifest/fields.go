package manifest

import (
	"fmt"
	"sort"
	"strings"

	v1 "k8s.io/api/core/v1"

	"github.com/kubecontainer/kubecontainer/containerhash"
	"github.com/kubecontainer/kubecontainer/internal/apifields"
	"github.com/kubecontainer/kubecontainer/internal/podspec"
)

// fieldRules say what becomes of the fields of a pod spec that the API of
// the pod the kubelet receives does not have. That API is v1.27's when the
// v1.27 API server's defaulting is applied, else the kubelet's own: a
// kubelet decodes a pod into its own version's types and never sees a
// field they lack. Such fields are dropped with a note, except that
// kubelets v1.28 to v1.30, which hash the whole container, may see a
// container field that the v1.27 API lacks, so that a container setting
// one is refused.
type fieldRules struct {
	// api is the minor of that API.
	api int
	// refuseContainerFields is true for kubelets v1.28 to v1.30 under the
	// v1.27 API server's defaulting.
	refuseContainerFields bool
	kubelet               int
	podSpec               apifields.Paths[v1.PodSpec]
	container             apifields.Paths[v1.Container]
}

func newFieldRules(o Options) fieldRules {
	api := o.Kubelet
	if o.appliesDefaults() {
		api = 27
	}
	return fieldRules{
		api:                   api,
		refuseContainerFields: api < o.Kubelet && o.Kubelet <= containerhash.LastWholeContainerMinor,
		kubelet:               o.Kubelet,
		podSpec:               apifields.Resolve[v1.PodSpec](apifields.NotIn(apifields.PodSpecFields(), api)),
		container:             apifields.Resolve[v1.Container](apifields.NotIn(apifields.ContainerFields(), api)),
	}
}

// clear clears, in spec, the fields the API lacks and returns their JSON
// paths, each below specPath ("spec.template.spec"), or an error naming
// the container fields a kubelet may hash and that are refused.
func (r fieldRules) clear(spec *v1.PodSpec, specPath, obj string) ([]string, error) {
	cleared := r.podSpec.Clear(spec, specPath)
	var containerFields []string
	podspec.VisitContainers(spec, func(c *v1.Container, kind podspec.Kind, index int) bool {
		containerFields = append(containerFields, r.container.Clear(c, containerPath(specPath, kind, index))...)
		return true
	})
	if r.refuseContainerFields && len(containerFields) > 0 {
		noun := "field"
		if len(containerFields) > 1 {
			noun = "fields"
		}
		return nil, fmt.Errorf("%s: the v1.27 API, whose server's defaulting is applied here, has no %s %s, "+
			"which kubelet v1.%d may hash: its hash cannot be computed exactly "+
			"(exact here: --no-defaults, or --kubelet 1.27, or 1.31 to 1.37)",
			obj, noun, strings.Join(sortedUnique(containerFields), ", "), r.kubelet)
	}
	return append(cleared, containerFields...), nil
}

// note returns the note for a field at path that the API lacks.
func (r fieldRules) note(obj, path string) string {
	return fmt.Sprintf("%s: dropped %s: not a field of the v1.%d API, which drops it", obj, path, r.api)
}

// containerPath returns the JSON path of a container of the pod spec at
// specPath: "spec.initContainers[0]".
func containerPath(specPath string, kind podspec.Kind, index int) string {
	return fmt.Sprintf("%s.%s[%d]", specPath, kind.ListName(), index)
}

// isPodSpecField reports whether the JSON path names a field inside the pod
// spec at specPath. Only those reach a pod, and so the kubelet: unknown
// fields elsewhere, such as a field of a Job, are not reported.
func isPodSpecField(path, specPath string) bool {
	return strings.HasPrefix(path, specPath+".")
}

// sortedUnique sorts paths and drops repeats.
func sortedUnique(paths []string) []string {
	sort.Strings(paths)
	out := paths[:0]
	for i, p := range paths {
		if i == 0 || p != paths[i-1] {
			out = append(out, p)
		}
	}
	return out
}
