package runtimepod

import (
	v1 "k8s.io/api/core/v1"
	"k8s.io/apimachinery/pkg/types"
)

// APIPod returns a new v1.Pod with the given UID, name and namespace and,
// for each element of containers in order, a v1.Container with only the
// name and image that nameAndImage reads from it. Nothing else is set;
// without containers the list stays nil.
func APIPod[C any](uid types.UID, name, namespace string, containers []*C, nameAndImage func(*C) (string, string)) *v1.Pod {
	var pod v1.Pod
	pod.UID = uid
	pod.Name = name
	pod.Namespace = namespace
	for _, c := range containers {
		containerName, image := nameAndImage(c)
		pod.Spec.Containers = append(pod.Spec.Containers, v1.Container{Name: containerName, Image: image})
	}
	return &pod
}
