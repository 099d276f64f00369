package waitfor

import (
	"sync"
	"testing"
	"time"
)

// Timeout is how long every wait of this package lasts before it fails
// the test. Everything the tests wait for takes well under a millisecond
// when the code works; the margin is for a loaded machine under -race.
const Timeout = 5 * time.Second

// pollInterval is how often Condition checks its condition.
const pollInterval = time.Millisecond

// Receive returns the next value sent on ch (the zero value once ch is
// closed), or fails the test after Timeout saying that it waited for what.
func Receive[T any](tb testing.TB, ch <-chan T, what string) T {
	tb.Helper()
	return receiveWithin(tb, Timeout, ch, what)
}

// Call runs f on a goroutine of its own and returns its result, or fails
// the test after Timeout saying that it waited for what. It is for calls
// that block when the code under test is wrong, such as a read of a cache
// that waits for a hung refresh. On a timeout the goroutine is left behind,
// still blocked; the failed test binary ends soon anyway. f must not call
// the test's Fatal methods.
func Call[T any](tb testing.TB, what string, f func() T) T {
	tb.Helper()
	result := make(chan T, 1)
	go func() { result <- f() }()
	return receiveWithin(tb, Timeout, result, what)
}

// Group waits for wg, or fails the test after Timeout saying that it
// waited for what. On a timeout the goroutine that waits for wg is left
// behind; the failed test binary ends soon anyway.
func Group(tb testing.TB, wg *sync.WaitGroup, what string) {
	tb.Helper()
	done := make(chan struct{})
	go func() {
		wg.Wait()
		close(done)
	}()
	receiveWithin(tb, Timeout, done, what)
}

// Condition returns once cond reports true, checking it every millisecond,
// or fails the test after Timeout saying that it waited for what. When
// state is not nil, the message ends with what it returns then: what the
// test saw last.
func Condition(tb testing.TB, cond func() bool, what string, state func() string) {
	tb.Helper()
	conditionWithin(tb, Timeout, cond, what, state)
}

func receiveWithin[T any](tb testing.TB, timeout time.Duration, ch <-chan T, what string) T {
	tb.Helper()
	timer := time.NewTimer(timeout)
	defer timer.Stop()
	select {
	case v := <-ch:
		return v
	case <-timer.C:
		tb.Fatalf("timed out after %v waiting for %s", timeout, what)
		var zero T
		return zero
	}
}

func conditionWithin(tb testing.TB, timeout time.Duration, cond func() bool, what string, state func() string) {
	tb.Helper()
	deadline := time.Now().Add(timeout)
	for !cond() {
		if time.Now().After(deadline) {
			if state != nil {
				tb.Fatalf("timed out after %v waiting for %s (%s)", timeout, what, state())
			} else {
				tb.Fatalf("timed out after %v waiting for %s", timeout, what)
			}
			return
		}
		time.Sleep(pollInterval)
	}
}
