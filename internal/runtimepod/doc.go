// Package runtimepod holds what every kubelet line does with the runtime's
// view of pods: finding a container, sandbox, status or pod in a list, picking
// the running container statuses, turning a pod status into a running pod,
// mapping a CRI sandbox state to a container state, and the v1.Pod a running
// pod stands for.
//
// The lines declare their own Pod, Container and Status types, so the
// functions are generic over them and take small functions that read the
// fields they need. Each line's methods are thin wrappers around them.
package runtimepod
