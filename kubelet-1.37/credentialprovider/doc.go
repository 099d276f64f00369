// Package credentialprovider declares the registry credential types that
// kubelet v1.37's image service passes around: k8s.io/kubernetes's
// pkg/credentialprovider holds them upstream, together with the keyring and
// plugin machinery, which a runtime does not need.
//
// The types have the kubelet's fields, in the kubelet's order and with its
// JSON tags, so a value built against the upstream package is built the same
// way here after a change of import path.
package credentialprovider
