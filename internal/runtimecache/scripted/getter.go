// Package scripted provides the pods getter that the tests of every line's
// runtime cache read from: it answers GetPods from a script and records how
// it was called.
package scripted

import (
	"context"
	"sync"
)

// Result is one answer of a Getter.
type Result[P any] struct {
	Pods []*P
	Err  error
}

// Getter answers GetPods with its Results in turn; the last one repeats.
// Hook, when set, runs at the start of every call, outside the Getter's
// lock. Results and Hook may be replaced between calls, not during one.
type Getter[P any] struct {
	Results []Result[P]
	Hook    func()

	mu       sync.Mutex
	allArgs  []bool
	contexts []context.Context
}

// GetPods records its arguments, runs Hook and returns the next result.
func (g *Getter[P]) GetPods(ctx context.Context, all bool) ([]*P, error) {
	g.mu.Lock()
	hook := g.Hook
	g.allArgs = append(g.allArgs, all)
	g.contexts = append(g.contexts, ctx)
	r := g.Results[0]
	if len(g.Results) > 1 {
		g.Results = g.Results[1:]
	}
	g.mu.Unlock()
	if hook != nil {
		hook()
	}
	return r.Pods, r.Err
}

// Calls returns how many times GetPods was called.
func (g *Getter[P]) Calls() int {
	g.mu.Lock()
	defer g.mu.Unlock()
	return len(g.allArgs)
}

// AllArgs returns the all argument of every call, in order.
func (g *Getter[P]) AllArgs() []bool {
	g.mu.Lock()
	defer g.mu.Unlock()
	return append([]bool(nil), g.allArgs...)
}

// Contexts returns the context of every call, in order.
func (g *Getter[P]) Contexts() []context.Context {
	g.mu.Lock()
	defer g.mu.Unlock()
	return append([]context.Context(nil), g.contexts...)
}
