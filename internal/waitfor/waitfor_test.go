package waitfor

import (
	"fmt"
	"sync"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
)

// recordingTB records Fatalf instead of ending the test, so that a failed
// wait can be checked.
type recordingTB struct {
	testing.TB
	failures []string
}

func (r *recordingTB) Helper() {}

func (r *recordingTB) Fatalf(format string, args ...any) {
	r.failures = append(r.failures, fmt.Sprintf(format, args...))
}

func TestReceive(t *testing.T) {
	ch := make(chan int, 1)
	ch <- 7
	assert.Equal(t, 7, Receive(t, ch, "the value"))
	close(ch)
	assert.Equal(t, 0, Receive(t, ch, "the close"))
}

func TestReceiveTimesOut(t *testing.T) {
	tb := &recordingTB{TB: t}
	got := receiveWithin(tb, time.Millisecond, make(chan int), "the answer of the runtime")
	assert.Equal(t, 0, got)
	assert.Equal(t, []string{"timed out after 1ms waiting for the answer of the runtime"}, tb.failures)
}

func TestCall(t *testing.T) {
	assert.Equal(t, "done", Call(t, "the call", func() string { return "done" }))
}

func TestGroup(t *testing.T) {
	var wg sync.WaitGroup
	for i := 0; i < 3; i++ {
		wg.Add(1)
		go wg.Done()
	}
	Group(t, &wg, "the three goroutines")
}

func TestCondition(t *testing.T) {
	tests := []struct {
		name      string
		trueAfter int // calls of cond before it reports true; -1: never
		timeout   time.Duration
		state     func() string
		want      []string
	}{
		{name: "true at once", trueAfter: 0, timeout: Timeout},
		{name: "true later", trueAfter: 3, timeout: Timeout},
		{name: "never, no state", trueAfter: -1, timeout: 5 * time.Millisecond,
			want: []string{"timed out after 5ms waiting for two waiters"}},
		{name: "never, with state", trueAfter: -1, timeout: 5 * time.Millisecond,
			state: func() string { return "the cache holds 1" },
			want:  []string{"timed out after 5ms waiting for two waiters (the cache holds 1)"}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			tb := &recordingTB{TB: t}
			calls := 0
			cond := func() bool {
				calls++
				return tc.trueAfter >= 0 && calls > tc.trueAfter
			}
			conditionWithin(tb, tc.timeout, cond, "two waiters", tc.state)
			assert.Equal(t, tc.want, tb.failures)
			if tc.trueAfter >= 0 {
				assert.Equal(t, tc.trueAfter+1, calls)
			}
		})
	}
}
