package container

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
	// RuntimeReady: the runtime accepts basic containers.
	RuntimeReady RuntimeConditionType = "RuntimeReady"
	// NetworkReady: the runtime's network accepts containers that need it.
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
	SupplementalGroupsPolicy  bool
	UserNamespacesHostNetwork bool
	MountOptions              bool
}
