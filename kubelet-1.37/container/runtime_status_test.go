package container

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

func TestRuntimeStatusString(t *testing.T) {
	tests := []struct {
		name   string
		status RuntimeStatus
		want   string
	}{
		{"empty", RuntimeStatus{}, "Runtime Conditions: ; Handlers: , Features: nil"},
		{"everything", RuntimeStatus{
			Conditions: []RuntimeCondition{{Type: RuntimeReady, Status: true}, {Type: NetworkReady, Reason: "NoCNI", Message: "cni not ready"}},
			Handlers:   []RuntimeHandler{{Name: "runc", SupportsUserNamespaces: true}, {Name: ""}},
			Features:   &RuntimeFeatures{MountOptions: true},
		}, "Runtime Conditions: RuntimeReady=true reason: message:, NetworkReady=false reason:NoCNI message:cni not ready" +
			"; Handlers: Name=runc SupportsRecursiveReadOnlyMounts: false SupportsUserNamespaces: true, " +
			"Name= SupportsRecursiveReadOnlyMounts: false SupportsUserNamespaces: false" +
			", Features: SupplementalGroupsPolicy: false UserNamespacesHostNetwork: false MountOptions: true"},
	}
	for _, tt := range tests {
		assert.Equal(t, tt.want, tt.status.String(), tt.name)
	}
}

func TestRuntimeFeaturesStringNil(t *testing.T) {
	var f *RuntimeFeatures
	assert.Equal(t, "nil", f.String())
}

func TestRuntimeStatusGetRuntimeCondition(t *testing.T) {
	status := &RuntimeStatus{Conditions: []RuntimeCondition{
		{Type: RuntimeReady, Reason: "first"}, {Type: RuntimeReady, Reason: "second"}, {Type: ""},
	}}
	assert.Same(t, &status.Conditions[0], status.GetRuntimeCondition(RuntimeReady))
	assert.Same(t, &status.Conditions[2], status.GetRuntimeCondition(""))
	assert.Nil(t, status.GetRuntimeCondition(NetworkReady))
}
