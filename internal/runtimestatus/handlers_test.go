package runtimestatus

import "testing"

func TestWithHandlers(t *testing.T) {
	type handler struct {
		name     string
		rro, uns bool
	}
	text := func(h *handler) string { return Handler(h.name, h.rro, h.uns) }
	conditions := []string{"RuntimeReady=true reason: message:"}
	identity := func(s *string) string { return *s }
	tests := []struct {
		name     string
		handlers []handler
		features string
		want     string
	}{
		{"none", nil, "nil", "Runtime Conditions: RuntimeReady=true reason: message:; Handlers: , Features: nil"},
		{"two", []handler{{"", false, false}, {"kata", true, true}}, "F",
			"Runtime Conditions: RuntimeReady=true reason: message:; Handlers: " +
				"Name= SupportsRecursiveReadOnlyMounts: false SupportsUserNamespaces: false, " +
				"Name=kata SupportsRecursiveReadOnlyMounts: true SupportsUserNamespaces: true, Features: F"},
	}
	for _, tt := range tests {
		if got := WithHandlers(conditions, identity, tt.handlers, text, tt.features); got != tt.want {
			t.Errorf("%s: got %q, want %q", tt.name, got, tt.want)
		}
	}
}
