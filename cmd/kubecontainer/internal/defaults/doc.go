// Package defaults turns a Pod as written in a manifest into the Pod the
// kubelet v1.27 receives from its API server: the fields that the v1.27 API
// server drops because their feature gates are off by default are cleared,
// and the v1.27 defaults are applied, every one that reaches a container's
// JSON (and so its hash) included.
//
// Defaulting is idempotent: a Pod that already carries the defaults, as
// `kubectl get -o yaml` prints it, is left as it is.
package defaults
