package fakes

import (
	"context"
	"sync"
)

// PullGate holds the image pulls of a fake runtime whose BlockImagePulls is
// set. Its zero value is ready to use and safe for concurrent use.
//
// It keeps the kubelet fakes' token bucket: the bucket exists only once a
// pull has blocked (Arm), so tokens offered before that are lost; a token
// goes to a waiting pull, else into the bucket's single slot, else it is
// dropped. Errors (SendError) have a one-slot bucket of their own. Unlike
// the kubelet's channels, a pull counts as waiting from the moment Wait
// registers it, so tests can wait for Waiting to reach a count.
type PullGate struct {
	mu sync.Mutex
	// armed is whether the token bucket exists.
	armed bool
	// token and err are the bucket slots; hasErr tells an error slot
	// holding nil from an empty one.
	token, hasErr bool
	err           error
	// waiters are the registered pulls, oldest first; each receives how
	// it ends.
	waiters []chan pullEnd
}

// pullEnd is how a waiting pull ends: with a token, or with an error.
type pullEnd struct {
	failed bool
	err    error
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

// Arm creates the token bucket if it does not exist yet. A pull calls it,
// while its runtime is locked, before it waits.
func (g *PullGate) Arm() {
	g.mu.Lock()
	defer g.mu.Unlock()
	g.armed = true
}

// Wait blocks until the pull gets a token, an error or ctx is done. It
// reports true and the error when it got an error (which may be nil), false
// and nil otherwise: a done context is not an error. It takes a banked
// token or error at once. Without a bucket (a Reset came between Arm and
// Wait) only ctx ends it.
func (g *PullGate) Wait(ctx context.Context) (failed bool, err error) {
	g.mu.Lock()
	switch {
	case g.hasErr:
		err, g.err, g.hasErr = g.err, nil, false
		g.mu.Unlock()
		return true, err
	case g.token:
		g.token = false
		g.mu.Unlock()
		return false, nil
	case !g.armed:
		g.mu.Unlock()
		<-ctx.Done()
		return false, nil
	}
	end := make(chan pullEnd, 1)
	g.waiters = append(g.waiters, end)
	g.mu.Unlock()
	select {
	case e := <-end:
		return e.failed, e.err
	case <-ctx.Done():
	}
	g.mu.Lock()
	defer g.mu.Unlock()
	for i, w := range g.waiters {
		if w == end {
			g.waiters = append(g.waiters[:i], g.waiters[i+1:]...)
			return false, nil
		}
	}
	e := <-end // ended by Unblock, SendError or Reset after all
	return e.failed, e.err
}

// Unblock offers count tokens. Each one goes to the oldest waiting pull or
// into the empty slot, and is dropped when neither can take it. Without a
// bucket (before the first Arm, after a Reset) nothing happens.
func (g *PullGate) Unblock(count int) {
	g.mu.Lock()
	defer g.mu.Unlock()
	for i := 0; i < count && g.armed; i++ {
		if !g.release(pullEnd{}) && !g.token {
			g.token = true
		}
	}
}

// SendError hands err to the oldest waiting pull; with none waiting it
// waits in the error slot for the next pull, or is dropped when the slot is
// full. It never blocks and needs no bucket.
func (g *PullGate) SendError(err error) {
	g.mu.Lock()
	defer g.mu.Unlock()
	if !g.release(pullEnd{failed: true, err: err}) && !g.hasErr {
		g.err, g.hasErr = err, true
	}
}

// Reset ends every waiting pull as a token would, and drops the bucket and
// both slots: the next blocking pull starts afresh.
func (g *PullGate) Reset() {
	g.mu.Lock()
	defer g.mu.Unlock()
	for g.release(pullEnd{}) {
	}
	g.armed, g.token, g.err, g.hasErr = false, false, nil, false
}

// Armed reports whether the token bucket exists.
func (g *PullGate) Armed() bool {
	g.mu.Lock()
	defer g.mu.Unlock()
	return g.armed
}

// Waiting returns how many pulls are waiting.
func (g *PullGate) Waiting() int {
	g.mu.Lock()
	defer g.mu.Unlock()
	return len(g.waiters)
}

// release ends the oldest waiting pull with e, and reports whether there
// was one. The caller holds g.mu.
func (g *PullGate) release(e pullEnd) bool {
	if len(g.waiters) == 0 {
		return false
	}
	g.waiters[0] <- e
	g.waiters = g.waiters[1:]
	return true
}
