// Package container is kubelet v1.29's k8s.io/kubernetes/pkg/kubelet/container:
// names, signatures, field order, behavior and error texts are kubelet
// v1.29.15's, checked against data computed by the real kubelet
// (testdata/shared/README.md). The types upstream takes from other
// k8s.io/kubernetes packages are Mounter and BlockVolumeMapper. Where the
// kubelet reads a feature gate, this package behaves as with the gate at its
// v1.29 default; the other behavior is an explicit option.
package container
