package main

import (
	"errors"
	"fmt"
	"time"

	utilerrors "k8s.io/apimachinery/pkg/util/errors"
	kc "k8s.io/kubernetes/pkg/kubelet/container"
)

// The backoff lines of misc.jsonl (from v1.35): trees of errors built with
// upstream's constructors, and what MinBackoffExpiration finds in them. Only
// newBackoffError and computeBackoff depend on the minor.

// errNode describes an error built from upstream constructors (see the
// backoff kind in the README).
type errNode struct {
	Op        string        `json:"op"`
	Text      string        `json:"text,omitempty"`
	At        *time.Time    `json:"at,omitempty"`
	Prefix    string        `json:"prefix,omitempty"`
	Err       *errNode      `json:"err,omitempty"`
	Errs      []*errNode    `json:"errs,omitempty"`
	SyncError *errNode      `json:"syncError,omitempty"`
	Results   []errNodeSync `json:"results,omitempty"`
}

type errNodeSync struct {
	Action  string   `json:"action"`
	Target  string   `json:"target"`
	Err     *errNode `json:"err"`
	Message string   `json:"message"`
}

func (n *errNode) build() (error, error) {
	if n == nil {
		return nil, nil
	}
	switch n.Op {
	case "text":
		return errors.New(n.Text), nil
	case "backoff":
		inner, err := n.Err.build()
		if err != nil {
			return nil, err
		}
		if n.At == nil {
			return nil, fmt.Errorf("backoff node without at")
		}
		return newBackoffError(inner, *n.At)
	case "wrap":
		inner, err := n.Err.build()
		if err != nil {
			return nil, err
		}
		return fmt.Errorf("%s%w", n.Prefix, inner), nil
	case "aggregate", "join":
		var list []error
		for _, e := range n.Errs {
			b, err := e.build()
			if err != nil {
				return nil, err
			}
			list = append(list, b)
		}
		if n.Op == "join" {
			return errors.Join(list...), nil
		}
		if agg := utilerrors.NewAggregate(list); agg != nil {
			return agg, nil
		}
		return nil, nil
	case "podsync":
		var p kc.PodSyncResult
		for _, r := range n.Results {
			sr := kc.NewSyncResult(kc.SyncAction(r.Action), r.Target)
			if r.Err != nil {
				b, err := r.Err.build()
				if err != nil {
					return nil, err
				}
				sr.Fail(b, r.Message)
			} else {
				sr.Message = r.Message
			}
			p.AddSyncResult(sr)
		}
		if n.SyncError != nil {
			b, err := n.SyncError.build()
			if err != nil {
				return nil, err
			}
			p.Fail(b)
		}
		return p.Error(), nil
	}
	return nil, fmt.Errorf("unknown error node op %q", n.Op)
}

func (g *gen) errTree(depth int) *errNode {
	if depth <= 1 || g.chance(0.3) {
		if g.chance(0.6) {
			return &errNode{Op: "text", Text: pick(g, syncTexts...)}
		}
		at := g.instant(5, 10*time.Second)
		return &errNode{Op: "backoff", At: &at, Err: &errNode{Op: "text", Text: pick(g, "CrashLoopBackOff", "ImagePullBackOff")}}
	}
	switch g.intn(6) {
	case 0:
		at := g.instant(5, 10*time.Second)
		return &errNode{Op: "backoff", At: &at, Err: g.errTree(depth - 1)}
	case 1:
		return &errNode{Op: "wrap", Prefix: pick(g, "", "sync: ", "pod x: "), Err: g.errTree(depth - 1)}
	case 2, 3:
		n := &errNode{Op: pick(g, "aggregate", "join")}
		for i, k := 0, g.intn(4); i < k; i++ {
			if g.chance(0.15) {
				n.Errs = append(n.Errs, nil)
				continue
			}
			n.Errs = append(n.Errs, g.errTree(depth-1))
		}
		return n
	}
	n := &errNode{Op: "podsync"}
	for i, k := 0, g.intn(4); i < k; i++ {
		r := errNodeSync{Action: pick(g, syncActions...), Target: pick(g, "", "c1", "nginx_default"), Message: pick(g, syncTexts...)}
		if g.chance(0.7) {
			r.Err = g.errTree(depth - 1)
		}
		n.Results = append(n.Results, r)
	}
	if g.chance(0.4) {
		n.SyncError = g.errTree(depth - 1)
	}
	return n
}

func (g *gen) backoffLine() (line, bool) {
	var n *errNode
	if !g.chance(0.05) {
		n = g.errTree(1 + g.intn(4))
	}
	if panics(n) {
		// NewBackoffError around an error that builds to nil (an empty
		// aggregate or join) panics in Error(): not a usable input.
		g.panicky++
		return nil, false
	}
	raw, ok := input(g, n)
	return line{}.add("kind", "backoff").addRaw("err", raw), ok
}

// panics reports whether building n or reading its text panics.
func panics(n *errNode) (panicked bool) {
	defer func() {
		if recover() != nil {
			panicked = true
		}
	}()
	err, _ := n.build()
	_ = errText(err)
	return false
}
