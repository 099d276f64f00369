package runtimestatus

import "strconv"

// The texts of kubelet v1.30 and later, whose RuntimeStatus also lists the
// runtime's handlers and features.

// WithHandlers returns the text of a RuntimeStatus that has handlers and
// features: Conditions(conditions, condition), then "; Handlers: " and
// Join(handlers, handler), then ", Features: " and features, the text of
// the features.
func WithHandlers[C, H any](conditions []C, condition func(*C) string, handlers []H, handler func(*H) string, features string) string {
	return Conditions(conditions, condition) + "; Handlers: " + Join(handlers, handler) + ", Features: " + features
}

// Handler returns the text of one runtime handler: "Name=<name>
// SupportsRecursiveReadOnlyMounts: <bool> SupportsUserNamespaces: <bool>".
func Handler(name string, recursiveReadOnlyMounts, userNamespaces bool) string {
	return "Name=" + name +
		" SupportsRecursiveReadOnlyMounts: " + strconv.FormatBool(recursiveReadOnlyMounts) +
		" SupportsUserNamespaces: " + strconv.FormatBool(userNamespaces)
}
