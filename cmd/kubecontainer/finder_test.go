package main

import (
	"testing"

	appsv1 "k8s.io/api/apps/v1"
	batchv1 "k8s.io/api/batch/v1"
	v1 "k8s.io/api/core/v1"
	"k8s.io/apimachinery/pkg/runtime"
)

func TestPodSpecOf(t *testing.T) {
	template := v1.PodTemplateSpec{Spec: v1.PodSpec{Containers: []v1.Container{{Name: "c"}}}}
	pod := &v1.Pod{Spec: template.Spec}
	podTemplate := &v1.PodTemplate{Template: template}
	rc := &v1.ReplicationController{Spec: v1.ReplicationControllerSpec{Template: &template}}
	deployment := &appsv1.Deployment{Spec: appsv1.DeploymentSpec{Template: template}}
	replicaSet := &appsv1.ReplicaSet{Spec: appsv1.ReplicaSetSpec{Template: template}}
	statefulSet := &appsv1.StatefulSet{Spec: appsv1.StatefulSetSpec{Template: template}}
	daemonSet := &appsv1.DaemonSet{Spec: appsv1.DaemonSetSpec{Template: template}}
	job := &batchv1.Job{Spec: batchv1.JobSpec{Template: template}}
	cronJob := &batchv1.CronJob{Spec: batchv1.CronJobSpec{JobTemplate: batchv1.JobTemplateSpec{Spec: batchv1.JobSpec{Template: template}}}}

	tests := []struct {
		name string
		obj  runtime.Object
		want *v1.PodSpec
	}{
		{"Pod", pod, &pod.Spec},
		{"PodTemplate", podTemplate, &podTemplate.Template.Spec},
		{"ReplicationController", rc, &rc.Spec.Template.Spec},
		{"ReplicationController without template", &v1.ReplicationController{}, nil},
		{"Deployment", deployment, &deployment.Spec.Template.Spec},
		{"ReplicaSet", replicaSet, &replicaSet.Spec.Template.Spec},
		{"StatefulSet", statefulSet, &statefulSet.Spec.Template.Spec},
		{"DaemonSet", daemonSet, &daemonSet.Spec.Template.Spec},
		{"Job", job, &job.Spec.Template.Spec},
		{"CronJob", cronJob, &cronJob.Spec.JobTemplate.Spec.Template.Spec},
		{"Service", &v1.Service{}, nil},
		{"List", &v1.List{}, nil},
		{"nil", nil, nil},
	}
	for _, tt := range tests {
		got := podSpecOf(tt.obj)
		// The spec must be the object's own, not a copy.
		if got != tt.want {
			t.Errorf("%s: podSpecOf = %p, want %p", tt.name, got, tt.want)
		}
	}
}

func TestContainersOf(t *testing.T) {
	spec := &v1.PodSpec{
		EphemeralContainers: []v1.EphemeralContainer{{
			EphemeralContainerCommon: v1.EphemeralContainerCommon{Name: "debug", Image: "busybox", TTY: true},
			TargetContainerName:      "app",
		}},
		Containers:     []v1.Container{{Name: "app"}, {Name: "sidecar"}},
		InitContainers: []v1.Container{{Name: "init"}},
	}
	got := containersOf(spec)
	want := []struct {
		typ  containerType
		c    *v1.Container
		name string
	}{
		{initContainer, &spec.InitContainers[0], "init"},
		{regularContainer, &spec.Containers[0], "app"},
		{regularContainer, &spec.Containers[1], "sidecar"},
		{ephemeralContainer, (*v1.Container)(&spec.EphemeralContainers[0].EphemeralContainerCommon), "debug"},
	}
	if len(got) != len(want) {
		t.Fatalf("containersOf returned %d containers, want %d", len(got), len(want))
	}
	for i, w := range want {
		if got[i].Type != w.typ || got[i].Container != w.c || got[i].Container.Name != w.name {
			t.Errorf("container %d = %s %q (%p), want %s %q (%p)",
				i, got[i].Type, got[i].Container.Name, got[i].Container, w.typ, w.name, w.c)
		}
	}
	if eph := got[3].Container; eph.Image != "busybox" || !eph.TTY {
		t.Errorf("ephemeral container seen as %+v", eph)
	}
	if len(containersOf(&v1.PodSpec{})) != 0 {
		t.Error("containersOf of an empty spec is not empty")
	}
}
