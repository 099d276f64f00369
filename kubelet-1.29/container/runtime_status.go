package container

import (
	"github.com/kubecontainer/kubecontainer/internal/runtimepod"
	"github.com/kubecontainer/kubecontainer/internal/runtimestatus"
)

// RuntimeStatus holds a runtime's conditions.
type RuntimeStatus struct {
	Conditions []RuntimeCondition
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

// RuntimeCondition is one condition of a runtime.
type RuntimeCondition struct {
	// Type names the condition.
	Type RuntimeConditionType
	// Status reports whether it holds.
	Status bool
	// Reason and Message explain its last change, in a word and a
	// sentence.
	Reason  string
	Message string
}

// GetRuntimeCondition returns a pointer into r.Conditions to the first of
// type t, or nil.
func (r *RuntimeStatus) GetRuntimeCondition(t RuntimeConditionType) *RuntimeCondition {
	return runtimepod.FirstIn(r.Conditions, func(c *RuntimeCondition) bool { return c.Type == t })
}

// String returns "Runtime Conditions: " and the conditions' texts joined by
// ", ".
func (r *RuntimeStatus) String() string {
	return runtimestatus.Conditions(r.Conditions, (*RuntimeCondition).String)
}

// String returns "<Type>=<true|false> reason:<Reason> message:<Message>",
// unescaped.
func (c *RuntimeCondition) String() string {
	return runtimestatus.Condition(string(c.Type), c.Status, c.Reason, c.Message)
}
