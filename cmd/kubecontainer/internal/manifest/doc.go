// Package manifest turns Kubernetes manifests into the containers a kubelet
// receives: it reads YAML or JSON input, splits it into objects (each item
// of a JSON List one at a time, so that a cluster dump is read in flat
// memory), finds the pod of every object that has a pod template, applies
// the v1.27 API server's defaulting and the rules about fields a kubelet's
// API does not have, and returns each container with the object it belongs
// to, in input order.
//
// JSON is read with a tokenizer (github.com/go-json-experiment/json's
// jsontext), which decodes every key and string before it is compared: an
// object is recognized however its keys are ordered and spelled ("kin\u0064"
// is "kind"), and the guard on resource quantities sees the value the
// quantity parser would see.
package manifest
