package container

import (
	"strconv"

	"github.com/kubecontainer/kubecontainer/internal/runtimepod"
	"github.com/kubecontainer/kubecontainer/internal/runtimestatus"
)

// RuntimeStatus is the status of a container runtime.
type RuntimeStatus struct {
	Conditions []RuntimeCondition
	Handlers   []RuntimeHandler
	Features   *RuntimeFeatures
}

// RuntimeConditionType names a condition of a runtime.
type RuntimeConditionType string

// The conditions a runtime reports: RuntimeReady when it accepts basic
// containers, NetworkReady when its network accepts containers that need it.
const (
	RuntimeReady RuntimeConditionType = "RuntimeReady"
	NetworkReady RuntimeConditionType = "NetworkReady"
)

// RuntimeCondition is one condition of a runtime.
type RuntimeCondition struct {
	Type    RuntimeConditionType
	Status  bool
	Reason  string
	Message string
}

// RuntimeHandler is a runtime handler and what it supports.
type RuntimeHandler struct {
	Name                            string
	SupportsRecursiveReadOnlyMounts bool
	SupportsUserNamespaces          bool
}

// RuntimeFeatures are the features a runtime implements.
type RuntimeFeatures struct {
	SupplementalGroupsPolicy bool
}

// GetRuntimeCondition returns a pointer into r.Conditions to the first
// condition of type t, or nil.
func (r *RuntimeStatus) GetRuntimeCondition(t RuntimeConditionType) *RuntimeCondition {
	return runtimepod.FirstIn(r.Conditions, func(c *RuntimeCondition) bool { return c.Type == t })
}

// String returns the kubelet's text of r: conditions, handlers, features.
func (r *RuntimeStatus) String() string {
	return runtimestatus.WithHandlers(r.Conditions, (*RuntimeCondition).String, r.Handlers, (*RuntimeHandler).String, r.Features.String())
}

// String returns "<Type>=<true|false> reason:<Reason> message:<Message>".
func (c *RuntimeCondition) String() string {
	return runtimestatus.Condition(string(c.Type), c.Status, c.Reason, c.Message)
}

// String returns the kubelet's text of h.
func (h *RuntimeHandler) String() string {
	return runtimestatus.Handler(h.Name, h.SupportsRecursiveReadOnlyMounts, h.SupportsUserNamespaces)
}

// String returns the kubelet's text of f, "nil" for nil.
func (f *RuntimeFeatures) String() string {
	if f == nil {
		return "nil"
	}
	return "SupplementalGroupsPolicy: " + strconv.FormatBool(f.SupplementalGroupsPolicy)
}
