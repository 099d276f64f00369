// Package container is a standalone copy of the kubelet's container package
// (k8s.io/kubernetes/pkg/kubelet/container, Kubernetes v1.27).
//
// It holds the types a kubelet, CRI shim or node agent uses to talk about
// containers and pods as the container runtime sees them (Pod, Container,
// PodStatus, ContainerID, ...), the interfaces a runtime implements (Runtime,
// ImageService, StreamingRuntime, ...), and the helpers the kubelet builds on
// them: the container hash that decides whether a running container still
// matches its spec, the $(VAR) expansion of commands, arguments and sub-paths,
// the restart decision, pod full names, object references, the pod status
// cache and the runtime cache.
//
// Every exported name, signature and behavior matches kubelet v1.27, so a
// program switches from the upstream package by changing its import path.
// The differences are listed in the module's README: VolumeInfo names small
// local interfaces instead of k8s.io/kubernetes volume types, and NewCache
// reads no process-wide feature gate (NewCacheWithOptions asks for the
// EventedPLEG behavior explicitly).
//
// Test doubles for every interface live in the testing subpackage.
package container
