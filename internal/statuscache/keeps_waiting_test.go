package statuscache

import (
	"testing"
	"time"

	"github.com/kubecontainer/kubecontainer/internal/waitfor"
)

// TestEventedPLEGKeepsWaiting checks the EventedPLEG of kubelet v1.29 and
// later: a GetNewerThan of a pod without an entry waits for a Set, as
// without the gate, while Set still refuses older data.
func TestEventedPLEGKeepsWaiting(t *testing.T) {
	c := newTestCache(Options{EventedPLEG: true, EventedPLEGKeepsWaiting: true})
	at := time.Unix(100, 0)
	done := make(chan *testStatus, 1)
	go func() {
		status, _ := c.GetNewerThan("pod", at)
		done <- status
	}()
	waitfor.Condition(t, func() bool { c.lock.RLock(); defer c.lock.RUnlock(); return c.pods["pod"] != nil },
		"GetNewerThan of a pod without an entry to wait", func() string { return "no waiter" })
	newer := &testStatus{Name: "newer"}
	if !c.Set("pod", newer, nil, at.Add(time.Second)) {
		t.Fatal("the first Set was refused")
	}
	if got := waitfor.Receive(t, done, "the waiter to take the Set"); got != newer {
		t.Errorf("the waiter returned %v, want the status set", got)
	}
	if c.Set("pod", &testStatus{Name: "older"}, nil, at) {
		t.Error("an older Set was stored")
	}
}
