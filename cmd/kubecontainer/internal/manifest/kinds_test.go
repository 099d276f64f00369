package manifest

import (
	"testing"

	appsv1 "k8s.io/api/apps/v1"
	batchv1 "k8s.io/api/batch/v1"
	v1 "k8s.io/api/core/v1"
	metav1 "k8s.io/apimachinery/pkg/apis/meta/v1"
	"k8s.io/apimachinery/pkg/runtime"
)

func TestPodOf(t *testing.T) {
	template := func() v1.PodTemplateSpec {
		return v1.PodTemplateSpec{
			ObjectMeta: metav1.ObjectMeta{Labels: map[string]string{"app": "web"}},
			Spec:       v1.PodSpec{Containers: []v1.Container{{Name: "c"}}},
		}
	}
	pod := &v1.Pod{Spec: template().Spec}
	podTemplate := &v1.PodTemplate{Template: template()}
	rcTemplate := template()
	rc := &v1.ReplicationController{Spec: v1.ReplicationControllerSpec{Template: &rcTemplate}}
	deployment := &appsv1.Deployment{Spec: appsv1.DeploymentSpec{Template: template()}}
	replicaSet := &appsv1.ReplicaSet{Spec: appsv1.ReplicaSetSpec{Template: template()}}
	statefulSet := &appsv1.StatefulSet{Spec: appsv1.StatefulSetSpec{Template: template()}}
	daemonSet := &appsv1.DaemonSet{Spec: appsv1.DaemonSetSpec{Template: template()}}
	job := &batchv1.Job{Spec: batchv1.JobSpec{Template: template()}}
	cronJob := &batchv1.CronJob{Spec: batchv1.CronJobSpec{JobTemplate: batchv1.JobTemplateSpec{Spec: batchv1.JobSpec{Template: template()}}}}

	tests := []struct {
		name         string
		obj          runtime.Object
		wantSpec     *v1.PodSpec
		wantSpecPath string
	}{
		{"PodTemplate", podTemplate, &podTemplate.Template.Spec, "template.spec"},
		{"ReplicationController", rc, &rc.Spec.Template.Spec, "spec.template.spec"},
		{"Deployment", deployment, &deployment.Spec.Template.Spec, "spec.template.spec"},
		{"ReplicaSet", replicaSet, &replicaSet.Spec.Template.Spec, "spec.template.spec"},
		{"StatefulSet", statefulSet, &statefulSet.Spec.Template.Spec, "spec.template.spec"},
		{"DaemonSet", daemonSet, &daemonSet.Spec.Template.Spec, "spec.template.spec"},
		{"Job", job, &job.Spec.Template.Spec, "spec.template.spec"},
		{"CronJob", cronJob, &cronJob.Spec.JobTemplate.Spec.Template.Spec, "spec.jobTemplate.spec.template.spec"},
	}
	for _, tt := range tests {
		got, specPath := podOf(tt.obj)
		if got == nil || specPath != tt.wantSpecPath {
			t.Errorf("%s: podOf = %v, %q; want a pod, %q", tt.name, got, specPath, tt.wantSpecPath)
			continue
		}
		// The pod is the one a controller creates: the template's
		// metadata and spec, whose containers are the template's own.
		if &got.Spec.Containers[0] != &tt.wantSpec.Containers[0] || got.Labels["app"] != "web" {
			t.Errorf("%s: podOf does not carry the template's containers and labels", tt.name)
		}
	}
	if got, specPath := podOf(pod); got != pod || specPath != "spec" {
		t.Errorf("Pod: podOf = %p, %q; want the pod itself, \"spec\"", got, specPath)
	}
	for _, obj := range []runtime.Object{&v1.ReplicationController{}, &v1.Service{}, &v1.List{}, nil} {
		if got, specPath := podOf(obj); got != nil || specPath != "" {
			t.Errorf("podOf(%T) = %v, %q; want nil", obj, got, specPath)
		}
	}
}

func TestTypedListItem(t *testing.T) {
	tests := []struct {
		kind, apiVersion string
		want             listItem
		wantOK           bool
	}{
		{"PodList", "v1", listItem{"Pod", "v1"}, true},
		{"DeploymentList", "apps/v1", listItem{"Deployment", "apps/v1"}, true},
		{"CronJobList", "batch/v1", listItem{"CronJob", "batch/v1"}, true},
		{"DeploymentList", "v1", listItem{}, false},
		{"List", "v1", listItem{}, false},
		{"ListList", "v1", listItem{}, false},
		{"ServiceList", "v1", listItem{}, false},
		{"Pod", "v1", listItem{}, false},
	}
	for _, tt := range tests {
		got, ok := typedListItem(tt.kind, tt.apiVersion)
		if got != tt.want || ok != tt.wantOK {
			t.Errorf("typedListItem(%q, %q) = %v, %v; want %v, %v", tt.kind, tt.apiVersion, got, ok, tt.want, tt.wantOK)
		}
	}
}
