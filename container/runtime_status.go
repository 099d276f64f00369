package container

import (
	"github.com/kubecontainer/kubecontainer/internal/runtimepod"
	"github.com/kubecontainer/kubecontainer/internal/runtimestatus"
)

// RuntimeStatus is the status of a container runtime.
type RuntimeStatus struct {
	// Conditions the runtime reports.
	Conditions []RuntimeCondition
}

// RuntimeConditionType is the kind of a runtime condition.
type RuntimeConditionType string

const (
	// RuntimeReady means the runtime is up and can run plain containers.
	RuntimeReady RuntimeConditionType = "RuntimeReady"
	// NetworkReady means the runtime's network is up and can serve containers
	// that need it.
	NetworkReady RuntimeConditionType = "NetworkReady"
)

// RuntimeCondition is one condition of a runtime.
type RuntimeCondition struct {
	// Type of the condition.
	Type RuntimeConditionType
	// Status tells whether the condition holds.
	Status bool
	// Reason is a short word for the condition's last change.
	Reason string
	// Message explains the last change to a human.
	Message string
}

// GetRuntimeCondition returns a pointer into r.Conditions to the first
// condition of type t, or nil.
func (r *RuntimeStatus) GetRuntimeCondition(t RuntimeConditionType) *RuntimeCondition {
	return runtimepod.FirstIn(r.Conditions, func(c *RuntimeCondition) bool { return c.Type == t })
}

// String returns "Runtime Conditions: " followed by the conditions' String
// forms joined by ", ".
func (r *RuntimeStatus) String() string {
	return runtimestatus.Conditions(r.Conditions, (*RuntimeCondition).String)
}

// String returns "<Type>=<true|false> reason:<Reason> message:<Message>",
// nothing escaped.
func (c *RuntimeCondition) String() string {
	return runtimestatus.Condition(string(c.Type), c.Status, c.Reason, c.Message)
}
