// Package container is kubelet v1.35.4's k8s.io/kubernetes/pkg/kubelet/container,
// checked against data computed by the real kubelet (testdata/README.md).
// Feature gates are at their v1.35 defaults; the other behavior is an
// explicit option (ARCHITECTURE.md, decisions 3 and 5).
package container
