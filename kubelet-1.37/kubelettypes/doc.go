// Package kubelettypes declares the types of k8s.io/kubernetes's
// pkg/kubelet/types that kubelet v1.37's container package uses in its
// signatures, with the kubelet's names and values.
package kubelettypes
