package main

import (
	"fmt"
	"reflect"
	"sort"
	"strings"

	v1 "k8s.io/api/core/v1"

	"github.com/kubecontainer/kubecontainer/internal/podspec"
)

// containerFieldsAfterV127 returns the JSON paths, below a container, of the
// fields that API versions after v1.27 added to a container (as of
// k8s.io/api v0.37). "[]" marks a list whose every element is visited.
//
// A v1.27 API server drops them, and a build against the v1.27 types never
// sees them: strict decoding reports them as unknown. A build against newer
// types decodes them, so this list lets both builds find, report and clear
// the same fields.
func containerFieldsAfterV127() []string {
	return []string{
		"restartPolicy",
		"restartPolicyRules",
		"env[].valueFrom.fileKeyRef",
		"resources.claims[].request",
		"volumeMounts[].recursiveReadOnly",
		"volumeMounts[].bindMountOptions",
		"securityContext.appArmorProfile",
		"lifecycle.stopSignal",
		"lifecycle.postStart.sleep",
		"lifecycle.postStart.httpGet.protocol",
		"lifecycle.preStop.sleep",
		"lifecycle.preStop.httpGet.protocol",
		"livenessProbe.httpGet.protocol",
		"livenessProbe.grpc.mode",
		"readinessProbe.httpGet.protocol",
		"readinessProbe.grpc.mode",
		"startupProbe.httpGet.protocol",
		"startupProbe.grpc.mode",
	}
}

// podSpecFieldsAfterV127 is containerFieldsAfterV127 for the fields of a
// pod spec outside its containers.
func podSpecFieldsAfterV127() []string {
	return []string{
		"resources",
		"hostnameOverride",
		"schedulingGroup",
		"evictionResponders",
		"resourceClaims[].resourceClaimName",
		"resourceClaims[].resourceClaimTemplateName",
		"securityContext.appArmorProfile",
		"securityContext.seLinuxChangePolicy",
		"securityContext.supplementalGroupsPolicy",
		"volumes[].image",
		"volumes[].emptyDir.mode",
		"volumes[].configMap.defaultUser",
		"volumes[].configMap.items[].user",
		"volumes[].secret.defaultUser",
		"volumes[].secret.items[].user",
		"volumes[].downwardAPI.defaultUser",
		"volumes[].downwardAPI.items[].user",
		"volumes[].projected.defaultUser",
		"volumes[].projected.sources[].clusterTrustBundle",
		"volumes[].projected.sources[].podCertificate",
		"volumes[].projected.sources[].configMap.items[].user",
		"volumes[].projected.sources[].secret.items[].user",
		"volumes[].projected.sources[].downwardAPI.items[].user",
		"volumes[].projected.sources[].serviceAccountToken.user",
		"volumes[].ephemeral.volumeClaimTemplate.spec.volumeAttributesClassName",
		"affinity.podAffinity.requiredDuringSchedulingIgnoredDuringExecution[].matchLabelKeys",
		"affinity.podAffinity.requiredDuringSchedulingIgnoredDuringExecution[].mismatchLabelKeys",
		"affinity.podAffinity.preferredDuringSchedulingIgnoredDuringExecution[].podAffinityTerm.matchLabelKeys",
		"affinity.podAffinity.preferredDuringSchedulingIgnoredDuringExecution[].podAffinityTerm.mismatchLabelKeys",
		"affinity.podAntiAffinity.requiredDuringSchedulingIgnoredDuringExecution[].matchLabelKeys",
		"affinity.podAntiAffinity.requiredDuringSchedulingIgnoredDuringExecution[].mismatchLabelKeys",
		"affinity.podAntiAffinity.preferredDuringSchedulingIgnoredDuringExecution[].podAffinityTerm.matchLabelKeys",
		"affinity.podAntiAffinity.preferredDuringSchedulingIgnoredDuringExecution[].podAffinityTerm.mismatchLabelKeys",
	}
}

// newerFields finds and clears, in a pod spec, the fields that the v1.27
// API does not have and this build's types do. Its paths are resolved
// against this build's types once: with the v1.27 types none is left, and
// decoding alone has already dropped and reported those fields.
type newerFields struct {
	podSpec   []fieldPath
	container []fieldPath
}

// A fieldPath is a JSON path resolved to struct fields.
type fieldPath []fieldStep

// A fieldStep is one field of a path: its JSON name, its index in its
// struct, and whether it is a list whose every element is followed.
type fieldStep struct {
	name  string
	index []int
	each  bool
}

func newNewerFields() *newerFields {
	return &newerFields{
		podSpec:   resolvePaths(reflect.TypeOf(v1.PodSpec{}), podSpecFieldsAfterV127()),
		container: resolvePaths(reflect.TypeOf(v1.Container{}), containerFieldsAfterV127()),
	}
}

// resolvePaths returns the paths that exist in struct type t.
func resolvePaths(t reflect.Type, paths []string) []fieldPath {
	var resolved []fieldPath
	for _, path := range paths {
		if p, ok := resolvePath(t, path); ok {
			resolved = append(resolved, p)
		}
	}
	return resolved
}

// resolvePath resolves the JSON path from struct type t, or returns false
// when one of its fields does not exist.
func resolvePath(t reflect.Type, path string) (fieldPath, bool) {
	var p fieldPath
	for _, step := range strings.Split(path, ".") {
		name, each := strings.CutSuffix(step, "[]")
		for t.Kind() == reflect.Pointer {
			t = t.Elem()
		}
		if t.Kind() != reflect.Struct {
			return nil, false
		}
		field, ok := fieldByJSONName(t, name)
		if !ok {
			return nil, false
		}
		p = append(p, fieldStep{name: name, index: field.Index, each: each})
		t = field.Type
		if each {
			if t.Kind() != reflect.Slice {
				return nil, false
			}
			t = t.Elem()
		}
	}
	return p, true
}

// fieldByJSONName returns the field of struct type t whose JSON name is
// name, looking into embedded structs as encoding/json does.
func fieldByJSONName(t reflect.Type, name string) (reflect.StructField, bool) {
	for i := 0; i < t.NumField(); i++ {
		f := t.Field(i)
		tag, _, _ := strings.Cut(f.Tag.Get("json"), ",")
		if f.Anonymous && tag == "" && f.Type.Kind() == reflect.Struct {
			if found, ok := fieldByJSONName(f.Type, name); ok {
				found.Index = append([]int{i}, found.Index...)
				return found, true
			}
			continue
		}
		if tag == name {
			return f, true
		}
	}
	return reflect.StructField{}, false
}

// clear clears the fields in spec and returns their JSON paths, each below
// specPath ("spec.template.spec").
func (n *newerFields) clear(spec *v1.PodSpec, specPath string) []string {
	if len(n.podSpec) == 0 && len(n.container) == 0 {
		return nil
	}
	var cleared []string
	for _, p := range n.podSpec {
		p.clear(reflect.ValueOf(spec).Elem(), specPath, &cleared)
	}
	podspec.VisitContainers(spec, func(c *v1.Container, kind podspec.Kind, index int) bool {
		prefix := containerPath(specPath, kind, index)
		for _, p := range n.container {
			p.clear(reflect.ValueOf(c).Elem(), prefix, &cleared)
		}
		return true
	})
	return cleared
}

// clear follows p from the struct v, whose path is prefix, and zeroes the
// field of its last step when it is set, appending its path to cleared.
func (p fieldPath) clear(v reflect.Value, prefix string, cleared *[]string) {
	for v.Kind() == reflect.Pointer {
		if v.IsNil() {
			return
		}
		v = v.Elem()
	}
	step := p[0]
	field := v.FieldByIndex(step.index)
	path := prefix + "." + step.name
	switch {
	case len(p) == 1:
		if !field.IsZero() {
			*cleared = append(*cleared, path)
			field.Set(reflect.Zero(field.Type()))
		}
	case step.each:
		for i := 0; i < field.Len(); i++ {
			p[1:].clear(field.Index(i), fmt.Sprintf("%s[%d]", path, i), cleared)
		}
	default:
		p[1:].clear(field, path, cleared)
	}
}

// containerPath returns the JSON path of a container of the pod spec at
// specPath: "spec.initContainers[0]".
func containerPath(specPath string, kind podspec.Kind, index int) string {
	return fmt.Sprintf("%s.%s[%d]", specPath, kind.ListName(), index)
}

// isPodSpecField reports whether the JSON path names a field inside the pod
// spec at specPath. Only those reach a pod, and so the kubelet: unknown
// fields elsewhere, such as a field a newer API added to a Job, are not
// reported, so that a build with newer types, which knows them, says the
// same.
func isPodSpecField(path, specPath string) bool {
	return strings.HasPrefix(path, specPath+".")
}

// isContainerField reports whether the JSON path names a field inside a
// container of the pod spec at specPath.
func isContainerField(path, specPath string) bool {
	rest, ok := strings.CutPrefix(path, specPath+".")
	if !ok {
		return false
	}
	for _, list := range []string{"initContainers[", "containers[", "ephemeralContainers["} {
		if strings.HasPrefix(rest, list) {
			return true
		}
	}
	return false
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
