package container

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

func TestRuntimeConditionString(t *testing.T) {
	tests := []struct {
		condition RuntimeCondition
		want      string
	}{
		{RuntimeCondition{Type: RuntimeReady, Status: true}, "RuntimeReady=true reason: message:"},
		{RuntimeCondition{Type: NetworkReady, Reason: "NetworkPluginNotReady", Message: "cni config uninitialized"},
			"NetworkReady=false reason:NetworkPluginNotReady message:cni config uninitialized"},
		{RuntimeCondition{Message: "a\nb \"c\""}, "=false reason: message:a\nb \"c\""},
	}
	for _, tt := range tests {
		c := tt.condition
		assert.Equal(t, tt.want, c.String())
	}
}

func TestRuntimeStatusString(t *testing.T) {
	assert.Equal(t, "Runtime Conditions: ", (&RuntimeStatus{}).String())
	status := &RuntimeStatus{Conditions: []RuntimeCondition{
		{Type: RuntimeReady, Status: true},
		{Type: NetworkReady, Reason: "r", Message: "m"},
	}}
	assert.Equal(t, "Runtime Conditions: RuntimeReady=true reason: message:, NetworkReady=false reason:r message:m", status.String())
}

func TestRuntimeStatusGetRuntimeCondition(t *testing.T) {
	status := &RuntimeStatus{Conditions: []RuntimeCondition{
		{Type: NetworkReady, Status: false},
		{Type: RuntimeReady, Status: true, Reason: "first"},
		{Type: RuntimeReady, Status: false, Reason: "second"},
	}}
	got := status.GetRuntimeCondition(RuntimeReady)
	assert.Same(t, &status.Conditions[1], got, "a pointer into Conditions, first match")
	assert.Nil(t, status.GetRuntimeCondition("DiskReady"))
	assert.Nil(t, (&RuntimeStatus{}).GetRuntimeCondition(""))
}
