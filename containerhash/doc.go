// Package containerhash answers, for a container and a kubelet minor
// version from v1.27 to v1.37, the hashes that kubelet writes on the
// containers it creates: the io.kubernetes.container.hash label, and, up to
// v1.30, io.kubernetes.container.hashWithoutResources.
//
// The kubelet restarts a container when the hash of its spec no longer
// matches the label. Which hash that is depends on the kubelet's minor:
//
//   - v1.27 to v1.30 hash the whole container as encoding/json writes it
//     with that kubelet's k8s.io/api types, and also hash it with its
//     resources left out (for in-place resize);
//   - v1.31 and later hash only the container's name and image.
//
// A node agent that compares running containers on nodes of several
// kubelet versions calls New with each node's minor instead of keeping a
// copy of each algorithm.
//
// The container is a v1.Container of whatever k8s.io/api this program is
// built with, which may know fields a kubelet's API does not have: a
// v1.29 kubelet never sees a field added in v1.34, as it decodes the pod
// into its own types. Kubelet.NewerFields lists such fields, and Hash
// refuses, with a *NewerFieldsError, to hash a whole container that sets
// any: the result would not be that kubelet's. For kubelets v1.31 and later
// they do not matter.
//
// The values are those of the library's lines (package container of this
// module and of kubelet-1.NN), checked against the golden data the real
// kubelets computed.
package containerhash
