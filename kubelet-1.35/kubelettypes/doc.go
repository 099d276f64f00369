// Package kubelettypes is the types of k8s.io/kubernetes/pkg/kubelet/types
// that kubelet v1.35's container package names: aliases of the types every
// line since v1.33 shares.
package kubelettypes
