//go:build !kubelet1.37

package main

import (
	kc "k8s.io/kubernetes/pkg/kubelet/container"
)

// Before v1.37 ParseContainerID logs through klog's global functions and a
// PodStatus has no FindActiveContainerStatusByName.

const since137 = false

func parseContainerID(id string) kc.ContainerID { return kc.ParseContainerID(id) }

func activeIndex(*kc.PodStatus, string) *int { return nil }
