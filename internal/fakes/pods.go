package fakes

import (
	v1 "k8s.io/api/core/v1"
	"k8s.io/apimachinery/pkg/types"
)

// Convert returns convert of every element of list, in order, in a new
// slice that is nil when list is empty.
func Convert[E, R any](list []E, convert func(E) R) []R {
	var out []R
	for _, e := range list {
		out = append(out, convert(e))
	}
	return out
}

// StartPod records a pod given to SyncPod: its UID goes to startedPods and
// the names of its regular containers (not init or ephemeral ones) to
// startedContainers.
func StartPod(startedPods, startedContainers *[]string, pod *v1.Pod) {
	*startedPods = append(*startedPods, string(pod.UID))
	for i := range pod.Spec.Containers {
		*startedContainers = append(*startedContainers, pod.Spec.Containers[i].Name)
	}
}

// KillPod records a running pod given to KillPod: id goes to killedPods
// and containerNames to killedContainers.
func KillPod(killedPods, killedContainers *[]string, id string, containerNames []string) {
	*killedPods = append(*killedPods, id)
	*killedContainers = append(*killedContainers, containerNames...)
}

// RunContainer records container.Name in startedContainers and appends
// container to pod.Spec.Containers, changing the caller's pod, with no
// duplicate check.
func RunContainer(startedContainers *[]string, container v1.Container, pod *v1.Pod) {
	*startedContainers = append(*startedContainers, container.Name)
	pod.Spec.Containers = append(pod.Spec.Containers, container)
}

// FindPod answers the fake runtime's GetPod (kubelet v1.36 and later): the
// pod of the first fake pod of lists, in order, whose pod's ID is id, or
// notFound. podOf reads a fake pod's pod, idOf a pod's ID.
func FindPod[F, P any](id types.UID, podOf func(F) P, idOf func(P) types.UID, notFound error, lists ...[]F) (P, error) {
	for _, list := range lists {
		for _, fakePod := range list {
			if pod := podOf(fakePod); idOf(pod) == id {
				return pod, nil
			}
		}
	}
	var none P
	return none, notFound
}
