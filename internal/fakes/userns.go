package fakes

import (
	"fmt"

	v1 "k8s.io/api/core/v1"
	runtimeapi "k8s.io/cri-api/pkg/apis/runtime/v1"
)

// UserNamespace answers the fake runtime helper's
// GetOrCreateUserNamespaceMappings of kubelet v1.30 and later: a nil pod,
// or one whose spec.hostUsers is unset or true, gets no user namespace;
// a pod with hostUsers false needs runtimeHandler to be a handler that
// supports user namespaces (handler reports whether it is known and
// whether it does) and gets a pod-wide namespace that maps container IDs 0
// to 65535 onto host IDs from 65536, for users and groups alike; otherwise
// it gets an error naming the handler.
func UserNamespace(pod *v1.Pod, runtimeHandler string, handler func(name string) (known, supportsUserNamespaces bool)) (*runtimeapi.UserNamespace, error) {
	if pod == nil || pod.Spec.HostUsers == nil || *pod.Spec.HostUsers {
		return nil, nil
	}
	known, supported := handler(runtimeHandler)
	if !known {
		return nil, fmt.Errorf("RuntimeClass handler %q not found", runtimeHandler)
	}
	if !supported {
		return nil, fmt.Errorf("RuntimeClass handler %q does not support user namespaces", runtimeHandler)
	}
	ids := &runtimeapi.IDMapping{HostId: 65536, ContainerId: 0, Length: 65536}
	return &runtimeapi.UserNamespace{
		Mode: runtimeapi.NamespaceMode_POD,
		Uids: []*runtimeapi.IDMapping{ids},
		Gids: []*runtimeapi.IDMapping{ids},
	}, nil
}
