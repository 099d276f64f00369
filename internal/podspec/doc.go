// Package podspec holds the rules both kubelet lines apply to a pod's
// spec: the order in which its containers are visited and the pod-wide
// questions answered by visiting them (privileged, Windows HostProcess,
// finding a container by name).
//
// Every kubelet version from v1.27 to v1.37 visits init containers first,
// then regular ones, then ephemeral ones, so one walker serves the library's
// lines and the kubecontainer command alike.
package podspec
