// Package runtimestatus writes the text of a container runtime's status
// as every kubelet line prints it: "Runtime Conditions: " and each
// condition as "<Type>=<true|false> reason:<Reason> message:<Message>".
// Lines whose status carries more (kubelet v1.37 adds handlers and
// features) append their parts to it.
package runtimestatus
