package runtimestatus

import (
	"strconv"
	"strings"
)

// Condition returns the text of one runtime condition:
// "<typ>=<true|false> reason:<reason> message:<message>", nothing escaped.
func Condition(typ string, status bool, reason, message string) string {
	return typ + "=" + strconv.FormatBool(status) + " reason:" + reason + " message:" + message
}

// Conditions returns "Runtime Conditions: " followed by text(&c) for each
// element c of conditions, joined by ", ".
func Conditions[C any](conditions []C, text func(*C) string) string {
	return "Runtime Conditions: " + Join(conditions, text)
}

// Join returns text(&item) for each element of items, joined by ", ".
func Join[T any](items []T, text func(*T) string) string {
	var sb strings.Builder
	for i := range items {
		if i > 0 {
			sb.WriteString(", ")
		}
		sb.WriteString(text(&items[i]))
	}
	return sb.String()
}
