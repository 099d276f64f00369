package container

import (
	"strconv"

	"github.com/kubecontainer/kubecontainer/internal/runtimepod"
	"github.com/kubecontainer/kubecontainer/internal/runtimestatus"
)

// RuntimeStatus is the status of a container runtime.
type RuntimeStatus struct {
	// Conditions are the runtime's conditions as last observed.
	Conditions []RuntimeCondition
	// Handlers are the runtime handlers available.
	Handlers []RuntimeHandler
	// Features are the features the runtime implements.
	Features *RuntimeFeatures
}

// RuntimeConditionType names a condition of a runtime.
type RuntimeConditionType string

const (
	// RuntimeReady means the runtime accepts basic containers.
	RuntimeReady RuntimeConditionType = "RuntimeReady"
	// NetworkReady means the runtime's network accepts containers that need
	// it.
	NetworkReady RuntimeConditionType = "NetworkReady"
)

// RuntimeCondition is one condition of a runtime.
type RuntimeCondition struct {
	// Type is the condition's type.
	Type RuntimeConditionType
	// Status is whether the condition holds.
	Status bool
	// Reason says in one word why the condition last changed.
	Reason string
	// Message says more about the last change.
	Message string
}

// RuntimeHandler is one runtime handler and what it supports.
type RuntimeHandler struct {
	// Name is the handler's name.
	Name string
	// SupportsRecursiveReadOnlyMounts reports support for recursive
	// read-only mounts.
	SupportsRecursiveReadOnlyMounts bool
	// SupportsUserNamespaces reports support for user namespaces.
	SupportsUserNamespaces bool
}

// RuntimeFeatures are the features a runtime implements.
type RuntimeFeatures struct {
	// SupplementalGroupsPolicy reports support for the pod's
	// supplementalGroupsPolicy.
	SupplementalGroupsPolicy bool
	// UserNamespacesHostNetwork reports support for user namespaces in
	// pods on the host network.
	UserNamespacesHostNetwork bool
	// MountOptions reports support for mount options.
	MountOptions bool
}

// GetRuntimeCondition returns a pointer into r.Conditions to the first
// condition of type t, or nil.
func (r *RuntimeStatus) GetRuntimeCondition(t RuntimeConditionType) *RuntimeCondition {
	return runtimepod.FirstIn(r.Conditions, func(c *RuntimeCondition) bool { return c.Type == t })
}

// String returns "Runtime Conditions: " and the conditions' String forms
// joined by ", ", then "; Handlers: " and the handlers' String forms joined
// by ", ", then ", Features: " and Features.String().
func (r *RuntimeStatus) String() string {
	return runtimestatus.Conditions(r.Conditions, (*RuntimeCondition).String) +
		"; Handlers: " + runtimestatus.Join(r.Handlers, (*RuntimeHandler).String) +
		", Features: " + r.Features.String()
}

// String returns "<Type>=<true|false> reason:<Reason> message:<Message>",
// with nothing escaped.
func (c *RuntimeCondition) String() string {
	return runtimestatus.Condition(string(c.Type), c.Status, c.Reason, c.Message)
}

// String returns "Name=<Name> SupportsRecursiveReadOnlyMounts: <bool>
// SupportsUserNamespaces: <bool>".
func (h *RuntimeHandler) String() string {
	return "Name=" + h.Name +
		" SupportsRecursiveReadOnlyMounts: " + strconv.FormatBool(h.SupportsRecursiveReadOnlyMounts) +
		" SupportsUserNamespaces: " + strconv.FormatBool(h.SupportsUserNamespaces)
}

// String returns "SupplementalGroupsPolicy: <bool> UserNamespacesHostNetwork:
// <bool> MountOptions: <bool>", or "nil" when f is nil.
func (f *RuntimeFeatures) String() string {
	if f == nil {
		return "nil"
	}
	return "SupplementalGroupsPolicy: " + strconv.FormatBool(f.SupplementalGroupsPolicy) +
		" UserNamespacesHostNetwork: " + strconv.FormatBool(f.UserNamespacesHostNetwork) +
		" MountOptions: " + strconv.FormatBool(f.MountOptions)
}
