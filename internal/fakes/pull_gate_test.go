package fakes

import (
	"context"
	"errors"
	"fmt"
	"sync"
	"testing"
	"time"

	"go.uber.org/goleak"

	"github.com/kubecontainer/kubecontainer/internal/waitfor"
)

func TestMain(m *testing.M) {
	goleak.VerifyTestMain(m)
}

// ended is what Wait returned to one pull.
type ended struct {
	failed bool
	err    error
}

// startPulls starts n pulls that arm the gate and wait, and returns a
// channel that receives how each one ended.
func startPulls(ctx context.Context, g *PullGate, n int) <-chan ended {
	done := make(chan ended, n)
	for i := 0; i < n; i++ {
		go func() {
			g.Arm()
			failed, err := g.Wait(ctx)
			done <- ended{failed, err}
		}()
	}
	return done
}

// waitWaiting waits until n pulls wait.
func waitWaiting(t *testing.T, g *PullGate, n int) {
	t.Helper()
	waitfor.Condition(t, func() bool { return g.Waiting() == n }, fmt.Sprintf("%d pulls to wait", n),
		func() string { return fmt.Sprintf("%d wait", g.Waiting()) })
}

// expectEnds waits for n pulls to end, then checks that no further one
// does within 50ms.
func expectEnds(t *testing.T, done <-chan ended, n int, after string) {
	t.Helper()
	for i := 0; i < n; i++ {
		waitfor.Receive(t, done, fmt.Sprintf("pull %d of %d to end after %s", i+1, n, after))
	}
	select {
	case e := <-done:
		t.Errorf("a pull beyond the %d released by %s ended with %+v", n, after, e)
	case <-time.After(50 * time.Millisecond):
	}
}

func TestPullGateTokens(t *testing.T) {
	tests := []struct {
		name    string
		pulls   int
		unblock []int
		ends    []int
	}{
		{name: "release two of five, then the rest", pulls: 5, unblock: []int{2, 5}, ends: []int{2, 3}},
		{name: "zero tokens release nothing", pulls: 1, unblock: []int{0, 1}, ends: []int{0, 1}},
		{name: "one token per waiting pull", pulls: 3, unblock: []int{1, 1, 1}, ends: []int{1, 1, 1}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var g PullGate
			done := startPulls(context.Background(), &g, tt.pulls)
			waitWaiting(t, &g, tt.pulls)
			for i, count := range tt.unblock {
				g.Unblock(count)
				expectEnds(t, done, tt.ends[i], fmt.Sprintf("Unblock(%d)", count))
			}
		})
	}
}

func TestPullGateTokensBeforeArmAreLost(t *testing.T) {
	var g PullGate
	g.Unblock(3)
	if g.Armed() {
		t.Fatal("Unblock created the bucket")
	}
	ctx, cancel := context.WithCancel(context.Background())
	done := startPulls(ctx, &g, 1)
	waitWaiting(t, &g, 1)
	cancel()
	if e := waitfor.Receive(t, done, "the canceled pull to end"); e.failed || e.err != nil {
		t.Errorf("the canceled pull ended with %+v, want no error", e)
	}
	if g.Waiting() != 0 {
		t.Errorf("%d pulls still wait", g.Waiting())
	}
}

func TestPullGateBanksOneToken(t *testing.T) {
	var g PullGate
	g.Arm()
	g.Unblock(5)
	ctx, cancel := context.WithCancel(context.Background())
	done := startPulls(ctx, &g, 2)
	expectEnds(t, done, 1, "five tokens banked before the pulls")
	waitWaiting(t, &g, 1)
	cancel()
	waitfor.Receive(t, done, "the second pull to end with its context")
}

func TestPullGateErrors(t *testing.T) {
	boom := errors.New("boom")
	for _, sendFirst := range []bool{false, true} {
		t.Run(fmt.Sprintf("sent before the pull: %v", sendFirst), func(t *testing.T) {
			var g PullGate
			if sendFirst {
				g.SendError(boom)
			}
			done := startPulls(context.Background(), &g, 1)
			if !sendFirst {
				waitWaiting(t, &g, 1)
				g.SendError(boom)
			}
			if e := waitfor.Receive(t, done, "the pull to take the error"); !e.failed || e.err != boom {
				t.Errorf("the pull ended with %+v, want failed with boom", e)
			}
		})
	}
}

func TestPullGateSendErrorNeverBlocks(t *testing.T) {
	var g PullGate
	g.SendError(errors.New("first"))
	g.SendError(errors.New("dropped"))
	done := startPulls(context.Background(), &g, 1)
	if e := waitfor.Receive(t, done, "the pull to take the banked error"); !e.failed || e.err == nil || e.err.Error() != "first" {
		t.Errorf("the pull ended with %+v, want failed with first", e)
	}
}

func TestPullGateReset(t *testing.T) {
	var g PullGate
	g.Reset() // nothing armed: no effect
	if g.Armed() {
		t.Fatal("Reset armed the gate")
	}
	done := startPulls(context.Background(), &g, 3)
	waitWaiting(t, &g, 3)
	g.Reset()
	expectEnds(t, done, 3, "Reset")
	if g.Armed() {
		t.Error("the bucket survived Reset")
	}
	// A pull that armed before the Reset but waits after it has no bucket:
	// only its context ends it.
	ctx, cancel := context.WithCancel(context.Background())
	g.Arm()
	g.Reset()
	late := make(chan ended, 1)
	go func() {
		failed, err := g.Wait(ctx)
		late <- ended{failed, err}
	}()
	g.Unblock(1)
	select {
	case e := <-late:
		t.Errorf("a pull waiting on no bucket ended without its context: %+v", e)
	case <-time.After(50 * time.Millisecond):
	}
	cancel()
	waitfor.Receive(t, late, "the pull waiting on no bucket to end with its context")
}

// TestPullGatePull checks that Pull runs start under the lock and waits
// without it, and that a pull that does not block never arms the gate.
func TestPullGatePull(t *testing.T) {
	var g PullGate
	var mu sync.Mutex
	if failed, err := g.Pull(context.Background(), &mu, func() bool { return false }); failed || err != nil || g.Armed() {
		t.Errorf("a pull that does not block = %v, %v (armed %v)", failed, err, g.Armed())
	}
	done := make(chan ended, 1)
	go func() {
		failed, err := g.Pull(context.Background(), &mu, func() bool { return true })
		done <- ended{failed, err}
	}()
	waitWaiting(t, &g, 1)
	mu.Lock() // the waiting pull does not hold the lock
	g.Unblock(1)
	mu.Unlock()
	if e := waitfor.Receive(t, done, "the blocking pull to end after Unblock(1)"); e.failed || e.err != nil {
		t.Errorf("the pull ended with %+v", e)
	}
}
