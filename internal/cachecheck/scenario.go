// Package cachecheck replays the scenarios of a cache.jsonl, recorded by
// oracle/kubelet on the kubelet's own status cache (container.NewCache()),
// on a line's cache: every Set, Get, GetNewerThan, UpdateTime, Delete and
// SetObservedTime in order, each GetNewerThan on a goroutine of its own as
// a waiter, checking after every step which waiters returned, and with
// what. Every wait has a deadline. It is generic over a line's PodStatus.
package cachecheck

import (
	"encoding/json"
	"time"
)

// Scenario is one line of cache.jsonl.
type Scenario struct {
	// EventedPLEG is the value the kubelet's EventedPLEG feature gate,
	// the one gate the cache reads, had while the scenario was recorded.
	EventedPLEG bool `json:"eventedPLEG"`
	// Steps are the calls, in order. The last one is an UpdateTime late
	// enough to release every waiter still blocked.
	Steps []Step `json:"steps"`
}

// Step is one call on the cache and the waiters that returned after it.
type Step struct {
	// Op is the method: Set, Get, GetNewerThan, UpdateTime, Delete or
	// SetObservedTime.
	Op string `json:"op"`
	// UID is the pod's UID (all but UpdateTime).
	UID string `json:"uid,omitempty"`
	// Time is the time argument (Set, GetNewerThan, UpdateTime,
	// SetObservedTime).
	Time *time.Time `json:"time,omitempty"`
	// Status is Set's status argument: a PodStatus, or null for nil.
	Status json.RawMessage `json:"status,omitempty"`
	// Err is Set's error argument as its text; absent for nil.
	Err *string `json:"err,omitempty"`
	// Updated is what Set returned.
	Updated *bool `json:"updated,omitempty"`
	// Got is what Get returned.
	Got *Result `json:"got,omitempty"`
	// Waiter numbers a GetNewerThan, from 1. The call runs on a goroutine
	// of its own; its result appears in Returned of the step after which
	// it returned, its own step when it did not block.
	Waiter int `json:"waiter,omitempty"`
	// Returned lists the waiters that returned after this step, by
	// number, in increasing order.
	Returned []Returned `json:"returned,omitempty"`
}

// Result is a status and an error the cache handed out.
type Result struct {
	// Status is the PodStatus, or null.
	Status json.RawMessage `json:"status"`
	// Err is the error's text, or null.
	Err *string `json:"err"`
}

// Returned is the result of one waiter.
type Returned struct {
	Waiter int `json:"waiter"`
	Result
}
