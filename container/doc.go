// Package container is kubelet v1.27's k8s.io/kubernetes/pkg/kubelet/container
// as a standalone package: the types a runtime and the kubelet exchange,
// the interfaces of a runtime, and the helpers around them (the container
// hash, the $(VAR) expansion, the restart decision, pod names, object
// references, port mappings, sync results, the pod status cache).
//
// Names, signatures, field order, behavior and error texts are kubelet
// v1.27.16's, checked against data computed by the real kubelet
// (testdata/README.md). The types upstream takes from
// k8s.io/kubernetes/pkg/volume are declared here (Mounter,
// BlockVolumeMapper). Where the kubelet reads a feature gate, this package
// behaves as with the gate at its v1.27 default, and the other behavior is
// an explicit option.
package container
