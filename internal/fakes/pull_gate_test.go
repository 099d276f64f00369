package fakes

import (
	"context"
	"errors"
	"sync"
	"testing"
	"time"

	"go.uber.org/goleak"
)

func TestMain(m *testing.M) {
	goleak.VerifyTestMain(m)
}

// pullEnd is how one pull ended.
type pullEnd struct{ err error }

// startPulls starts n pulls that arm the gate and wait, and returns a
// channel that receives one result per finished pull. It returns once every
// pull has armed the gate.
func startPulls(ctx context.Context, g *PullGate, n int) <-chan pullEnd {
	done := make(chan pullEnd, n)
	var armed sync.WaitGroup
	for i := 0; i < n; i++ {
		armed.Add(1)
		go func() {
			g.Arm()
			armed.Done()
			_, err := g.Wait(ctx)
			done <- pullEnd{err}
		}()
	}
	armed.Wait()
	return done
}

// finished waits for want pulls to end (each may take a while on a busy
// machine), then for a short while for any further one, and returns how
// many ended.
func finished(done <-chan pullEnd, want int) int {
	n := 0
	for n < want {
		select {
		case <-done:
			n++
		case <-time.After(5 * time.Second):
			return n
		}
	}
	select {
	case <-done:
		n++
	case <-time.After(50 * time.Millisecond):
	}
	return n
}

func TestPullGateTokens(t *testing.T) {
	tests := []struct {
		name         string
		pulls        int
		unblock      []int
		wantFinished []int
	}{
		{name: "release two of five, then the rest", pulls: 5, unblock: []int{2, 5}, wantFinished: []int{2, 3}},
		{name: "zero tokens release nothing", pulls: 1, unblock: []int{0, 1}, wantFinished: []int{0, 1}},
		{name: "one token per waiting pull", pulls: 3, unblock: []int{1, 1, 1}, wantFinished: []int{1, 1, 1}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			ctx, cancel := context.WithCancel(context.Background())
			defer cancel()
			var g PullGate
			done := startPulls(ctx, &g, tt.pulls)
			for i, count := range tt.unblock {
				g.Unblock(count)
				if got := finished(done, tt.wantFinished[i]); got != tt.wantFinished[i] {
					t.Errorf("after Unblock(%d): %d pulls finished, want %d", count, got, tt.wantFinished[i])
				}
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
	if got := finished(done, 0); got != 0 {
		t.Errorf("a pull finished on a token sent before the bucket existed")
	}
	cancel()
	if end := <-done; end.err != nil {
		t.Errorf("canceled pull got %v, want no error", end.err)
	}
}

func TestPullGateBanksOneToken(t *testing.T) {
	var g PullGate
	g.Arm()
	g.Unblock(5)
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	done := startPulls(ctx, &g, 2)
	if got := finished(done, 1); got != 1 {
		t.Errorf("%d pulls finished on banked tokens, want 1", got)
	}
	cancel()
	<-done
}

func TestPullGateErrors(t *testing.T) {
	boom := errors.New("boom")
	tests := []struct {
		name        string
		sendFirst   bool
		wantFailed  bool
		wantErr     error
		cancelAfter bool
	}{
		{name: "error to a waiting pull", wantFailed: true, wantErr: boom},
		{name: "error banked before the pull", sendFirst: true, wantFailed: true, wantErr: boom},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var g PullGate
			if tt.sendFirst {
				g.SendError(boom)
			}
			result := make(chan error, 1)
			failedCh := make(chan bool, 1)
			g.Arm()
			go func() {
				failed, err := g.Wait(context.Background())
				failedCh <- failed
				result <- err
			}()
			if !tt.sendFirst {
				g.SendError(boom)
			}
			if failed := <-failedCh; failed != tt.wantFailed {
				t.Errorf("failed = %v, want %v", failed, tt.wantFailed)
			}
			if err := <-result; !errors.Is(err, tt.wantErr) {
				t.Errorf("err = %v, want %v", err, tt.wantErr)
			}
		})
	}
}

func TestPullGateSendErrorNeverBlocks(t *testing.T) {
	var g PullGate
	g.SendError(errors.New("first"))
	g.SendError(errors.New("dropped"))
	g.Arm()
	failed, err := g.Wait(context.Background())
	if !failed || err == nil || err.Error() != "first" {
		t.Errorf("Wait = %v, %v; want true, first", failed, err)
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
	done := startPulls(ctx, &g, 3)
	g.Reset()
	if got := finished(done, 3); got != 3 {
		t.Errorf("Reset released %d of 3 pulls", got)
	}
	if g.Armed() {
		t.Error("the bucket survived Reset")
	}
	// A pull that armed before the Reset but waits after it has no bucket:
	// only its context ends it.
	g.Arm()
	g.Reset()
	g.Unblock(1)
	late := make(chan struct{})
	go func() {
		_, _ = g.Wait(ctx)
		close(late)
	}()
	select {
	case <-late:
		t.Error("a pull waiting on no bucket ended without its context")
	case <-time.After(50 * time.Millisecond):
	}
	cancel()
	<-late
}
