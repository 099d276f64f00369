package container

import (
	"testing"

	v1 "k8s.io/api/core/v1"
	metav1 "k8s.io/apimachinery/pkg/apis/meta/v1"
)

func TestGenerateContainerRef(t *testing.T) {
	pod := &v1.Pod{
		TypeMeta:   metav1.TypeMeta{APIVersion: "v1", Kind: "Pod"},
		ObjectMeta: metav1.ObjectMeta{Name: "web-0", Namespace: "prod", UID: "7c1f", ResourceVersion: "12", Labels: map[string]string{"a": "b"}},
		Spec: v1.PodSpec{
			InitContainers: []v1.Container{{Name: "setup"}},
			Containers:     []v1.Container{{Name: "app"}},
		},
	}
	ref, err := GenerateContainerRef(pod, &pod.Spec.InitContainers[0])
	want := v1.ObjectReference{Kind: "Pod", APIVersion: "v1", Name: "web-0", Namespace: "prod", UID: "7c1f",
		ResourceVersion: "12", FieldPath: "spec.initContainers{setup}"}
	if err != nil || *ref != want {
		t.Errorf("GenerateContainerRef = %+v, %v; want %+v", ref, err, want)
	}
	ref, err = GenerateContainerRef(pod, &v1.Container{Name: "POD"})
	if err != nil || ref.FieldPath != ImplicitContainerPrefix+"POD" {
		t.Errorf("GenerateContainerRef of the sandbox = %+v, %v", ref, err)
	}
	if _, err := GenerateContainerRef(nil, &v1.Container{}); err == nil {
		t.Errorf("a nil pod gives no error")
	}
	if _, err := GenerateContainerRef(pod, nil); err == nil {
		t.Errorf("a nil container gives no error")
	}
}
