// Package apifields knows which fields each Kubernetes minor version from
// v1.27 to v1.37 added to a container and to a pod spec, and finds or
// clears them in values of the k8s.io/api types this build is compiled
// with.
//
// The kubelet decodes a pod into its own version's types, so a field its
// API does not have never reaches it: a whole-spec hash (kubelets up to
// v1.30) computed over a newer k8s.io/api's Container would encode fields
// that kubelet never sees. The tables here say which ones those are; they
// were read off k8s.io/api v0.27 to v0.37 (testdata/, and the test that
// compares the tables with it). A path names a field by its JSON name
// below a Container or a PodSpec: "lifecycle.preStop.sleep", with "[]"
// after a list whose every element is followed: "volumeMounts[].recursiveReadOnly".
//
// A path that this build's types do not have (an older k8s.io/api) is left
// out when the table is resolved: such a field cannot be set.
package apifields
