package main

import (
	appsv1 "k8s.io/api/apps/v1"
	batchv1 "k8s.io/api/batch/v1"
	v1 "k8s.io/api/core/v1"
	"k8s.io/apimachinery/pkg/runtime"
)

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
