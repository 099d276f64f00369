package runtimestatus

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

func TestCondition(t *testing.T) {
	tests := []struct {
		typ             string
		status          bool
		reason, message string
		want            string
	}{
		{"RuntimeReady", true, "", "", "RuntimeReady=true reason: message:"},
		{"NetworkReady", false, "NetworkPluginNotReady", "cni", "NetworkReady=false reason:NetworkPluginNotReady message:cni"},
		{"", false, "a b", "x\n\"y\"", "=false reason:a b message:x\n\"y\""},
	}
	for _, tt := range tests {
		assert.Equal(t, tt.want, Condition(tt.typ, tt.status, tt.reason, tt.message))
	}
}

func TestConditionsAndJoin(t *testing.T) {
	quote := func(s *string) string { return "<" + *s + ">" }
	assert.Equal(t, "Runtime Conditions: ", Conditions[string](nil, quote))
	assert.Equal(t, "Runtime Conditions: <a>", Conditions([]string{"a"}, quote))
	assert.Equal(t, "<a>, <>, <c>", Join([]string{"a", "", "c"}, quote))
	assert.Equal(t, "", Join([]string{}, quote))
}
