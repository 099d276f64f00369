// Package fakestest holds the behavior tests of the fakes that hold for
// every line and that the scenarios recorded on the kubelet's fakes cannot
// show: blocked image pulls and use from several goroutines. A line's tests
// call them with its fakes.
//
// It is imported only by _test.go files.
package fakestest

import (
	"context"
	"errors"
	"fmt"
	"sync"
	"testing"

	"github.com/kubecontainer/kubecontainer/internal/waitfor"
)

// Puller is a line's FakeRuntime, with BlockImagePulls set, as BlockedPulls
// drives it.
type Puller struct {
	// Pull calls PullImage of the image "img" with ctx.
	Pull func(ctx context.Context) (ref string, err error)
	// Unblock is UnblockImagePulls.
	Unblock func(count int)
	// SendError is SendImagePullError; nil for a line without it.
	SendError func(err error)
	// SetErr sets Err under the fake's lock.
	SetErr func(err error)
	// Waiting returns how many pulls wait (the fake's PullGate).
	Waiting func() int
}

// pulled is what one PullImage returned.
type pulled struct {
	ref string
	err error
}

// start starts n pulls and waits until they wait.
func (p Puller) start(ctx context.Context, t *testing.T, n int) <-chan pulled {
	t.Helper()
	done := make(chan pulled, n)
	for i := 0; i < n; i++ {
		go func() {
			ref, err := p.Pull(ctx)
			done <- pulled{ref, err}
		}()
	}
	waitfor.Condition(t, func() bool { return p.Waiting() == n }, fmt.Sprintf("%d blocked pulls to wait", n),
		func() string { return fmt.Sprintf("%d wait", p.Waiting()) })
	return done
}

// BlockedPulls checks a FakeRuntime whose pulls block: newFake returns one
// whose Err is err. Tokens release waiting pulls one each, a pull returns
// the Err it saw when it started (also when its context ends it), and an
// error sent to a waiting pull ends it with no reference.
func BlockedPulls(t *testing.T, newFake func(err error) Puller) {
	boom := errors.New("boom")
	t.Run("tokens", func(t *testing.T) {
		p := newFake(nil)
		done := p.start(context.Background(), t, 5)
		for _, step := range []struct{ tokens, ends, left int }{{2, 2, 3}, {5, 3, 0}} {
			p.Unblock(step.tokens)
			for i := 0; i < step.ends; i++ {
				if got := waitfor.Receive(t, done, fmt.Sprintf("pull %d of %d to end after UnblockImagePulls(%d)", i+1, step.ends, step.tokens)); got != (pulled{"img", nil}) {
					t.Errorf("a released pull returned %+v", got)
				}
			}
			if n := p.Waiting(); n != step.left {
				t.Errorf("%d pulls wait after UnblockImagePulls(%d), want %d", n, step.tokens, step.left)
			}
		}
	})
	t.Run("a done context keeps the error of the start", func(t *testing.T) {
		p := newFake(boom)
		ctx, cancel := context.WithCancel(context.Background())
		done := p.start(ctx, t, 1)
		p.SetErr(nil)
		cancel()
		if got := waitfor.Receive(t, done, "the pull to end with its context"); got != (pulled{"img", boom}) {
			t.Errorf("the pull returned %+v, want img and the error it started with", got)
		}
	})
	if p := newFake(boom); p.SendError != nil {
		t.Run("an error ends a waiting pull", func(t *testing.T) {
			done := p.start(context.Background(), t, 1)
			pullErr := errors.New("pull failed")
			p.SendError(pullErr)
			if got := waitfor.Receive(t, done, "the pull to take the error"); got != (pulled{"", pullErr}) {
				t.Errorf("the pull returned %+v, want no reference and the sent error", got)
			}
		})
	}
}

// Goroutines is how many goroutines ConcurrentUse runs the calls from.
const Goroutines = 8

// ConcurrentUse makes every call of recording and quiet from Goroutines
// goroutines at once, each making them all, and then checks that recorded
// (the fake's CalledFunctions, read under its lock) holds each key of
// recording, the name its call records, Goroutines times, and nothing else:
// quiet calls record nothing. Under the race detector it also checks the
// locking.
func ConcurrentUse(t *testing.T, recording map[string]func(), quiet []func(), recorded func() []string) {
	var wg sync.WaitGroup
	for i := 0; i < Goroutines; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for _, call := range recording {
				call()
			}
			for _, call := range quiet {
				call()
			}
		}()
	}
	waitfor.Group(t, &wg, fmt.Sprintf("%d goroutines making %d calls each", Goroutines, len(recording)+len(quiet)))
	got := map[string]int{}
	for _, name := range recorded() {
		got[name]++
	}
	for name := range recording {
		if got[name] != Goroutines {
			t.Errorf("%s recorded %d times, want %d", name, got[name], Goroutines)
		}
	}
	if len(got) != len(recording) {
		t.Errorf("recorded %v, want each of the %d recording calls %d times", got, len(recording), Goroutines)
	}
}
