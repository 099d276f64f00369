package container

// RuntimeStatus is the status of a container runtime.
type RuntimeStatus struct {
	// Conditions the runtime reports.
	Conditions []RuntimeCondition
}

// RuntimeConditionType is the kind of a runtime condition.
type RuntimeConditionType string

const (
	// RuntimeReady: the runtime is up and can run plain containers.
	RuntimeReady RuntimeConditionType = "RuntimeReady"
	// NetworkReady: the runtime's network is up and can serve containers
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
