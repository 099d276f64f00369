package fakes

import (
	"context"
	"sync"
)

// PullGate holds the image pulls of a fake runtime whose BlockImagePulls is
// set. Its zero value is ready to use and safe for concurrent use.
//
// It keeps the kubelet fakes' token bucket exactly: the bucket holds at most
// one token and exists only once a pull has blocked (Arm), so tokens offered
// before that are lost, and at most one token is banked for a pull still to
// come. Errors (SendError) travel through a one-slot bucket of their own.
type PullGate struct {
	mu     sync.Mutex
	tokens chan struct{}
	errs   chan error
}

// Pull runs the start of a fake runtime's image pull and, when it blocks,
// the wait. start runs while mu (the fake's embedded mutex) is held: it
// records the call and reports whether the pull blocks (the fake's
// BlockImagePulls). A blocking pull arms the gate, releases mu and waits
// as Wait does; Pull returns what Wait returns, and false and nil for a
// pull that does not block.
func (g *PullGate) Pull(ctx context.Context, mu sync.Locker, start func() (blocks bool)) (failed bool, err error) {
	mu.Lock()
	if !start() {
		mu.Unlock()
		return false, nil
	}
	g.Arm()
	mu.Unlock()
	return g.Wait(ctx)
}

// Arm creates the buckets if they do not exist yet. A pull calls it, while
// its runtime is locked, before it waits.
func (g *PullGate) Arm() {
	g.mu.Lock()
	defer g.mu.Unlock()
	if g.tokens == nil {
		g.tokens = make(chan struct{}, 1)
	}
	if g.errs == nil {
		g.errs = make(chan error, 1)
	}
}

// Wait blocks until the pull gets a token, an error or ctx is done. It
// reports true and the error when it got an error (which may be nil), false
// and nil otherwise: a done context is not an error. It reads the buckets
// when it starts waiting: after a Reset that came between Arm and Wait,
// only ctx ends it.
func (g *PullGate) Wait(ctx context.Context) (failed bool, err error) {
	g.mu.Lock()
	tokens, errs := g.tokens, g.errs
	g.mu.Unlock()
	select {
	case <-ctx.Done():
	case <-tokens:
	case err = <-errs:
		return true, err
	}
	return false, nil
}

// Unblock offers count tokens. Each one goes to a pull already waiting or
// into the bucket's single slot, and is dropped when neither can take it.
// Before the first Arm there is no bucket and nothing happens.
func (g *PullGate) Unblock(count int) {
	g.mu.Lock()
	defer g.mu.Unlock()
	if g.tokens == nil {
		return
	}
	for i := 0; i < count; i++ {
		select {
		case g.tokens <- struct{}{}:
		default:
		}
	}
}

// SendError hands err to one pull: a pull already waiting takes it,
// otherwise it waits in the error bucket's single slot for the next pull
// that blocks; when the slot is full it is dropped. It never blocks.
func (g *PullGate) SendError(err error) {
	g.mu.Lock()
	defer g.mu.Unlock()
	if g.errs == nil {
		g.errs = make(chan error, 1)
	}
	select {
	case g.errs <- err:
	default:
	}
}

// Reset wakes every pull waiting for a token, fills the slot, and then
// drops the buckets: the next blocking pull starts afresh.
func (g *PullGate) Reset() {
	g.mu.Lock()
	defer g.mu.Unlock()
	if g.tokens == nil {
		return
	}
	for full := false; !full; {
		select {
		case g.tokens <- struct{}{}:
		default:
			full = true
		}
	}
	g.tokens = nil
	g.errs = nil
}

// Armed reports whether the token bucket exists.
func (g *PullGate) Armed() bool {
	g.mu.Lock()
	defer g.mu.Unlock()
	return g.tokens != nil
}
