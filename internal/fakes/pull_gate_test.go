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

// pullEnd is how one pull ended: what Wait returned.
type pullEnd struct {
	failed bool
	err    error
}

// startPulls starts n pulls that arm the gate and wait, and returns a
// channel that receives how each one ended. It returns once every pull has
// armed the gate.
func startPulls(ctx context.Context, g *PullGate, n int) <-chan pullEnd {
	done := make(chan pullEnd, n)
	var armed sync.WaitGroup
	for i := 0; i < n; i++ {
		armed.Add(1)
		go func() {
			g.Arm()
			armed.Done()
			failed, err := g.Wait(ctx)
			done <- pullEnd{failed, err}
		}()
	}
	armed.Wait()
	return done
}

// quiet checks that nothing arrives on ch for 50ms: that the pulls behind
// it are still waiting.
func quiet(t *testing.T, ch <-chan pullEnd, what string) {
	t.Helper()
	select {
	case end := <-ch:
		t.Errorf("%s did not wait: it ended with %+v", what, end)
	case <-time.After(50 * time.Millisecond):
	}
}

// expectEnds waits for n pulls to end and then checks that no further one
// does.
func expectEnds(t *testing.T, done <-chan pullEnd, n int, after string) {
	t.Helper()
	for i := 0; i < n; i++ {
		waitfor.Receive(t, done, fmt.Sprintf("pull %d of %d to end after %s", i+1, n, after))
	}
	quiet(t, done, "a pull beyond the "+fmt.Sprint(n)+" released by "+after)
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
	quiet(t, done, "a pull given tokens before the bucket existed")
	cancel()
	if end := waitfor.Receive(t, done, "the canceled pull to end"); end.failed || end.err != nil {
		t.Errorf("canceled pull ended with %+v, want no error", end)
	}
}

func TestPullGateBanksOneToken(t *testing.T) {
	var g PullGate
	g.Arm()
	g.Unblock(5)
	ctx, cancel := context.WithCancel(context.Background())
	done := startPulls(ctx, &g, 2)
	expectEnds(t, done, 1, "five tokens banked before the pulls")
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
				g.SendError(boom)
			}
			if end := waitfor.Receive(t, done, "the pull to take the error"); !end.failed || end.err != boom {
				t.Errorf("pull ended with %+v, want failed with boom", end)
			}
		})
	}
}

func TestPullGateSendErrorNeverBlocks(t *testing.T) {
	var g PullGate
	g.SendError(errors.New("first"))
	g.SendError(errors.New("dropped"))
	done := startPulls(context.Background(), &g, 1)
	if end := waitfor.Receive(t, done, "the pull to take the banked error"); !end.failed || end.err == nil || end.err.Error() != "first" {
		t.Errorf("pull ended with %+v, want failed with first", end)
	}
}

func TestPullGateReset(t *testing.T) {
	var g PullGate
	g.Reset() // nothing armed: no effect
	if g.Armed() {
		t.Fatal("Reset armed the gate")
	}
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	// A pull that armed before the Reset but waits after it has no bucket:
	// only its context ends it.
	g.Arm()
	g.Reset()
	g.Unblock(1)
	late := make(chan pullEnd, 1)
	go func() {
		failed, err := g.Wait(ctx)
		late <- pullEnd{failed, err}
	}()
	quiet(t, late, "a pull waiting on no bucket")
	cancel()
	waitfor.Receive(t, late, "the pull waiting on no bucket to end with its context")
}

func TestPullGateResetReleasesWaitingPulls(t *testing.T) {
	var g PullGate
	done := startPulls(context.Background(), &g, 3)
	g.Reset()
	expectEnds(t, done, 3, "Reset")
	if g.Armed() {
		t.Error("the bucket survived Reset")
	}
}

// TestPullGatePull checks that Pull runs start under the lock and waits
// without it, and that a pull that does not block never arms the gate.
func TestPullGatePull(t *testing.T) {
	var g PullGate
	var mu lockChecker
	if failed, err := g.Pull(context.Background(), &mu, func() bool { return false }); failed || err != nil || g.Armed() {
		t.Errorf("a pull that does not block = %v, %v (armed %v)", failed, err, g.Armed())
	}
	started := make(chan bool, 1)
	done := make(chan pullEnd, 1)
	go func() {
		failed, err := g.Pull(context.Background(), &mu, func() bool { started <- mu.held; return true })
		done <- pullEnd{failed, err}
	}()
	if !waitfor.Receive(t, started, "the blocking pull to start") {
		t.Error("start ran without the lock")
	}
	waitfor.Condition(t, g.Armed, "the blocking pull to arm the gate", nil)
	mu.Lock() // the waiting pull does not hold the lock
	g.Unblock(1)
	mu.Unlock()
	if end := waitfor.Receive(t, done, "the blocking pull to end after Unblock(1)"); end.failed || end.err != nil {
		t.Errorf("pull ended with %+v", end)
	}
}
