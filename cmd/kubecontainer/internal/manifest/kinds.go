package manifest

import (
	"strings"

	appsv1 "k8s.io/api/apps/v1"
	batchv1 "k8s.io/api/batch/v1"
	v1 "k8s.io/api/core/v1"
	"k8s.io/apimachinery/pkg/runtime"
)

// SupportedKinds names the supported kinds for messages.
const SupportedKinds = "Pod, Deployment, ReplicaSet, StatefulSet, DaemonSet, Job, CronJob, ReplicationController, PodTemplate, " +
	"or a List of them (List, PodList, DeploymentList, ...)"

// newObject returns an empty object of kind and the apiVersion this
// package decodes it from, or false when kind is not supported: it is List
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

// podOf returns the Pod the kubelet receives for obj, before the API
// server's defaulting: obj itself for a Pod, else the Pod a controller
// creates from obj's template (its metadata and spec), which shares the
// template's containers. specPath is the JSON path of the pod spec in obj.
// The Pod is nil when obj has no pod template.
func podOf(obj runtime.Object) (pod *v1.Pod, specPath string) {
	switch o := obj.(type) {
	case *v1.Pod:
		return o, "spec"
	case *v1.PodTemplate:
		return templatePod(&o.Template), "template.spec"
	case *v1.ReplicationController:
		if o.Spec.Template == nil {
			return nil, ""
		}
		return templatePod(o.Spec.Template), "spec.template.spec"
	case *appsv1.Deployment:
		return templatePod(&o.Spec.Template), "spec.template.spec"
	case *appsv1.ReplicaSet:
		return templatePod(&o.Spec.Template), "spec.template.spec"
	case *appsv1.StatefulSet:
		return templatePod(&o.Spec.Template), "spec.template.spec"
	case *appsv1.DaemonSet:
		return templatePod(&o.Spec.Template), "spec.template.spec"
	case *batchv1.Job:
		return templatePod(&o.Spec.Template), "spec.template.spec"
	case *batchv1.CronJob:
		return templatePod(&o.Spec.JobTemplate.Spec.Template), "spec.jobTemplate.spec.template.spec"
	}
	return nil, ""
}

// templatePod returns the Pod a controller creates from template.
func templatePod(template *v1.PodTemplateSpec) *v1.Pod {
	return &v1.Pod{ObjectMeta: template.ObjectMeta, Spec: template.Spec}
}
