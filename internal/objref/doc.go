// Package objref builds the kubelet's object references to a pod's
// containers, and filters the events recorded about them, for every
// kubelet line.
//
// The reference is made here rather than by client-go's reference package,
// so that it is the same whichever client-go version a user builds with.
// The only scheme consulted is one holding core/v1, which gives a pod
// without TypeMeta the kind Pod and the version v1.
package objref
