//go:build kubelet1.37

package main

import (
	"k8s.io/klog/v2"
	kc "k8s.io/kubernetes/pkg/kubelet/container"
)

// From v1.37: ParseContainerID takes a logger, and
// FindActiveContainerStatusByName.

const since137 = true

func parseContainerID(id string) kc.ContainerID { return kc.ParseContainerID(klog.Background(), id) }

func activeIndex(ps *kc.PodStatus, name string) *int {
	i := indexOf(ps.ActiveContainerStatuses, ps.FindActiveContainerStatusByName(name))
	return &i
}
