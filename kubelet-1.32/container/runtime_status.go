package container

import (
	"strconv"

	"github.com/kubecontainer/kubecontainer/internal/runtimepod"
	"github.com/kubecontainer/kubecontainer/internal/runtimestatus"
)

// RuntimeStatus holds a runtime's conditions, its runtime handlers and the
// features it implements.
type RuntimeStatus struct {
	Conditions []RuntimeCondition
	Handlers   []RuntimeHandler
	Features   *RuntimeFeatures
}

// RuntimeConditionType names a runtime condition.
type RuntimeConditionType string

// The conditions the kubelet reads.
const (
	// RuntimeReady: the runtime can run containers.
	RuntimeReady RuntimeConditionType = "RuntimeReady"
	// NetworkReady: its network can serve containers.
	NetworkReady RuntimeConditionType = "NetworkReady"
)

// RuntimeCondition is one condition of a runtime: its type, whether it
// holds, and a reason (one word) and a message explaining its last change.
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
	// SupplementalGroupsPolicy: the pod's supplementalGroupsPolicy.
	SupplementalGroupsPolicy bool
}

// GetRuntimeCondition returns a pointer into r.Conditions to the first of
// type t, or nil.
func (r *RuntimeStatus) GetRuntimeCondition(t RuntimeConditionType) *RuntimeCondition {
	return runtimepod.FirstIn(r.Conditions, func(c *RuntimeCondition) bool { return c.Type == t })
}

// String returns "Runtime Conditions: " and the conditions' texts joined by
// ", ", "; Handlers: " and the handlers' texts joined by ", ", and
// ", Features: " and the features' text.
func (r *RuntimeStatus) String() string {
	return runtimestatus.WithHandlers(r.Conditions, (*RuntimeCondition).String, r.Handlers, (*RuntimeHandler).String, r.Features.String())
}

// String returns "<Type>=<true|false> reason:<Reason> message:<Message>",
// unescaped.
func (c *RuntimeCondition) String() string {
	return runtimestatus.Condition(string(c.Type), c.Status, c.Reason, c.Message)
}

// String returns "Name=<Name> SupportsRecursiveReadOnlyMounts: <bool>
// SupportsUserNamespaces: <bool>".
func (h *RuntimeHandler) String() string {
	return runtimestatus.Handler(h.Name, h.SupportsRecursiveReadOnlyMounts, h.SupportsUserNamespaces)
}

// String returns "SupplementalGroupsPolicy: <bool>", or "nil" for a nil f.
func (f *RuntimeFeatures) String() string {
	if f == nil {
		return "nil"
	}
	return "SupplementalGroupsPolicy: " + strconv.FormatBool(f.SupplementalGroupsPolicy)
}
