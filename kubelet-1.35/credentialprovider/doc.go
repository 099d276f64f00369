// Package credentialprovider is kubelet v1.35's registry credential types,
// of k8s.io/kubernetes/pkg/credentialprovider, that its image service
// passes around: aliases of the types every line since v1.33 shares.
package credentialprovider
