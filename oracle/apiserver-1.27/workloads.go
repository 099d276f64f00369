package main

import (
	"fmt"

	appsv1 "k8s.io/api/apps/v1"
	batchv1 "k8s.io/api/batch/v1"
	v1 "k8s.io/api/core/v1"
	metav1 "k8s.io/apimachinery/pkg/apis/meta/v1"
	"k8s.io/apimachinery/pkg/runtime"
	"k8s.io/kubernetes/pkg/controller"
	"k8s.io/kubernetes/pkg/registry/apps/daemonset"
	"k8s.io/kubernetes/pkg/registry/apps/deployment"
	"k8s.io/kubernetes/pkg/registry/apps/replicaset"
	"k8s.io/kubernetes/pkg/registry/apps/statefulset"
	"k8s.io/kubernetes/pkg/registry/batch/cronjob"
	"k8s.io/kubernetes/pkg/registry/batch/job"
	"k8s.io/kubernetes/pkg/registry/core/pod"
	"k8s.io/kubernetes/pkg/registry/core/podtemplate"
	"k8s.io/kubernetes/pkg/registry/core/replicationcontroller"
)

// kubeletPod returns the Pod the kubelet receives for the manifest obj:
// obj itself created through the API server when it is a Pod, otherwise
// the workload created, the Pod its controller builds from the stored
// template (for a Deployment through the ReplicaSet it creates, for a
// CronJob through the Job), and that Pod created.
func kubeletPod(obj runtime.Object) (*v1.Pod, error) {
	template, parent, err := storedTemplate(obj)
	if err != nil {
		return nil, err
	}
	var in *v1.Pod
	if template == nil {
		in = obj.(*v1.Pod).DeepCopy()
	} else {
		in, err = controller.GetPodFromTemplate(template, parent, nil)
		if err != nil {
			return nil, fmt.Errorf("pod from template: %w", err)
		}
		in.Namespace = "default"
	}
	in.TypeMeta = metav1.TypeMeta{APIVersion: "v1", Kind: "Pod"}
	out := &v1.Pod{}
	if err := apiCreate(in, v1.SchemeGroupVersion, pod.Strategy, out); err != nil {
		return nil, fmt.Errorf("create pod: %w", err)
	}
	return out, nil
}

// storedTemplate creates the workload obj and returns the pod template of
// the object its pod controller reads, and that object. It returns a nil
// template for a Pod.
func storedTemplate(obj runtime.Object) (*v1.PodTemplateSpec, runtime.Object, error) {
	switch o := obj.(type) {
	case *v1.Pod:
		return nil, nil, nil
	case *appsv1.Deployment:
		d := &appsv1.Deployment{}
		if err := apiCreate(o, appsv1.SchemeGroupVersion, deployment.Strategy, d); err != nil {
			return nil, nil, err
		}
		rs := &appsv1.ReplicaSet{
			TypeMeta:   metav1.TypeMeta{APIVersion: "apps/v1", Kind: "ReplicaSet"},
			ObjectMeta: metav1.ObjectMeta{Name: d.Name + "-5d4c8b9f7", Namespace: "default"},
			Spec: appsv1.ReplicaSetSpec{
				Replicas: d.Spec.Replicas,
				Selector: d.Spec.Selector,
				Template: *d.Spec.Template.DeepCopy(),
			},
		}
		return storedTemplate(rs)
	case *appsv1.ReplicaSet:
		rs := &appsv1.ReplicaSet{}
		if err := apiCreate(o, appsv1.SchemeGroupVersion, replicaset.Strategy, rs); err != nil {
			return nil, nil, err
		}
		return &rs.Spec.Template, rs, nil
	case *appsv1.StatefulSet:
		ss := &appsv1.StatefulSet{}
		if err := apiCreate(o, appsv1.SchemeGroupVersion, statefulset.Strategy, ss); err != nil {
			return nil, nil, err
		}
		return &ss.Spec.Template, ss, nil
	case *appsv1.DaemonSet:
		ds := &appsv1.DaemonSet{}
		if err := apiCreate(o, appsv1.SchemeGroupVersion, daemonset.Strategy, ds); err != nil {
			return nil, nil, err
		}
		return &ds.Spec.Template, ds, nil
	case *batchv1.Job:
		j := &batchv1.Job{}
		if err := apiCreate(o, batchv1.SchemeGroupVersion, job.Strategy, j); err != nil {
			return nil, nil, err
		}
		return &j.Spec.Template, j, nil
	case *batchv1.CronJob:
		cj := &batchv1.CronJob{}
		if err := apiCreate(o, batchv1.SchemeGroupVersion, cronjob.Strategy, cj); err != nil {
			return nil, nil, err
		}
		j := &batchv1.Job{
			TypeMeta:   metav1.TypeMeta{APIVersion: "batch/v1", Kind: "Job"},
			ObjectMeta: metav1.ObjectMeta{Name: cj.Name + "-28000000", Namespace: "default"},
			Spec:       *cj.Spec.JobTemplate.Spec.DeepCopy(),
		}
		return storedTemplate(j)
	case *v1.ReplicationController:
		rc := &v1.ReplicationController{}
		if err := apiCreate(o, v1.SchemeGroupVersion, replicationcontroller.Strategy, rc); err != nil {
			return nil, nil, err
		}
		return rc.Spec.Template, rc, nil
	case *v1.PodTemplate:
		pt := &v1.PodTemplate{}
		if err := apiCreate(o, v1.SchemeGroupVersion, podtemplate.Strategy, pt); err != nil {
			return nil, nil, err
		}
		return &pt.Template, pt, nil
	}
	return nil, nil, fmt.Errorf("unsupported kind %T", obj)
}

// podOf returns the Pod the project's code builds from the manifest obj
// before defaulting: obj itself for a Pod, else its template's metadata
// and spec.
func podOf(obj runtime.Object) *v1.Pod {
	var t *v1.PodTemplateSpec
	switch o := obj.(type) {
	case *v1.Pod:
		return o.DeepCopy()
	case *appsv1.Deployment:
		t = &o.Spec.Template
	case *appsv1.ReplicaSet:
		t = &o.Spec.Template
	case *appsv1.StatefulSet:
		t = &o.Spec.Template
	case *appsv1.DaemonSet:
		t = &o.Spec.Template
	case *batchv1.Job:
		t = &o.Spec.Template
	case *batchv1.CronJob:
		t = &o.Spec.JobTemplate.Spec.Template
	case *v1.ReplicationController:
		t = o.Spec.Template
	case *v1.PodTemplate:
		t = &o.Template
	}
	t = t.DeepCopy()
	return &v1.Pod{ObjectMeta: t.ObjectMeta, Spec: t.Spec}
}
