// Package container is kubelet v1.37's k8s.io/kubernetes/pkg/kubelet/container
// as a standalone package: the types a container runtime and the kubelet
// exchange (Pod, PodStatus, Status, ContainerID, ...), the interfaces of a
// runtime (Runtime, ImageService, StreamingRuntime, ...), and the helpers
// around them: the container hash, the $(VAR) expansion, the restart
// decision, pod names, object references, port mappings, sync results and
// the pod status cache.
//
// Names, signatures, field order, behavior and error texts are kubelet
// v1.37.2's, checked against data computed by the real kubelet (see
// testdata/README.md), so code written against the upstream package works
// after a change of import path. The types upstream takes from other
// k8s.io/kubernetes packages are declared by this module: see the packages
// credentialprovider and kubelettypes beside this one, and Mounter and
// BlockVolumeMapper here.
//
// Where kubelet v1.37 reads a process-wide feature gate, this package behaves
// as with the gate at its v1.37 default, and the other behavior is an
// explicit option.
package container
