// Package kubelets holds what the kubecontainer command does differently
// for each kubelet minor version it answers for, v1.27 to v1.37: the
// container hashes (package containerhash of the library) and the $(VAR)
// expansion, taken from the kubelet line of the library where this build
// has one (lines.go: one table entry per line), else from the shared code
// with that minor's rules.
package kubelets
