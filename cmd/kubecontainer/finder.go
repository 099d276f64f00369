package main

import (
	appsv1 "k8s.io/api/apps/v1"
	batchv1 "k8s.io/api/batch/v1"
	v1 "k8s.io/api/core/v1"
	"k8s.io/apimachinery/pkg/runtime"
)

// containerType says which list of the pod spec a container is in.
type containerType string

const (
	initContainer      containerType = "init"
	regularContainer   containerType = "regular"
	ephemeralContainer containerType = "ephemeral"
)

// A podContainer is one container of a pod spec.
type podContainer struct {
	Type      containerType
	Container *v1.Container
}

// podSpecOf returns the pod spec that obj carries, or nil when obj is not one
// of the kinds that have one (or, for a ReplicationController, has no
// template).
func podSpecOf(obj runtime.Object) *v1.PodSpec {
	switch o := obj.(type) {
	case *v1.Pod:
		return &o.Spec
	case *v1.PodTemplate:
		return &o.Template.Spec
	case *v1.ReplicationController:
		if o.Spec.Template == nil {
			return nil
		}
		return &o.Spec.Template.Spec
	case *appsv1.Deployment:
		return &o.Spec.Template.Spec
	case *appsv1.ReplicaSet:
		return &o.Spec.Template.Spec
	case *appsv1.StatefulSet:
		return &o.Spec.Template.Spec
	case *appsv1.DaemonSet:
		return &o.Spec.Template.Spec
	case *batchv1.Job:
		return &o.Spec.Template.Spec
	case *batchv1.CronJob:
		return &o.Spec.JobTemplate.Spec.Template.Spec
	}
	return nil
}

// containersOf returns the containers of spec in the order the kubelet
// visits them: init, regular, then ephemeral containers. An ephemeral
// container is seen as the v1.Container its common fields make up, which is
// how the kubelet hashes it.
func containersOf(spec *v1.PodSpec) []podContainer {
	var out []podContainer
	for i := range spec.InitContainers {
		out = append(out, podContainer{Type: initContainer, Container: &spec.InitContainers[i]})
	}
	for i := range spec.Containers {
		out = append(out, podContainer{Type: regularContainer, Container: &spec.Containers[i]})
	}
	for i := range spec.EphemeralContainers {
		common := &spec.EphemeralContainers[i].EphemeralContainerCommon
		out = append(out, podContainer{Type: ephemeralContainer, Container: (*v1.Container)(common)})
	}
	return out
}
