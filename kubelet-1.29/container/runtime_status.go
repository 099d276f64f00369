package container

import (
	"github.com/kubecontainer/kubecontainer/internal/runtimepod"
	"github.com/kubecontainer/kubecontainer/internal/runtimestatus"
)

// RuntimeStatus is the status of a container runtime.
type RuntimeStatus struct {
	Conditions []RuntimeCondition
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

// GetRuntimeCondition returns a pointer into r.Conditions to the first
// condition of type t, or nil.
func (r *RuntimeStatus) GetRuntimeCondition(t RuntimeConditionType) *RuntimeCondition {
	return runtimepod.FirstIn(r.Conditions, func(c *RuntimeCondition) bool { return c.Type == t })
}

// String returns the kubelet's text of r: its conditions.
func (r *RuntimeStatus) String() string {
	return runtimestatus.Conditions(r.Conditions, (*RuntimeCondition).String)
}

// String returns "<Type>=<true|false> reason:<Reason> message:<Message>".
func (c *RuntimeCondition) String() string {
	return runtimestatus.Condition(string(c.Type), c.Status, c.Reason, c.Message)
}
