package statuscheck

import (
	"encoding/json"
	"errors"
	"fmt"
	"testing"
	"time"

	utilerrors "k8s.io/apimachinery/pkg/util/errors"

	"github.com/kubecontainer/kubecontainer/internal/golden"
	"github.com/kubecontainer/kubecontainer/internal/helpercheck"
)

// errorNode is a node of a backoff line's error tree: how the generator
// built the error it passed to MinBackoffExpiration.
type errorNode struct {
	Op      string       `json:"op"`
	Text    string       `json:"text"`
	At      time.Time    `json:"at"`
	Err     *errorNode   `json:"err"`
	Prefix  string       `json:"prefix"`
	Errs    []*errorNode `json:"errs"`
	Results []struct {
		Action  string     `json:"action"`
		Target  string     `json:"target"`
		Err     *errorNode `json:"err"`
		Message string     `json:"message"`
	} `json:"results"`
	SyncError *errorNode `json:"syncError"`
}

// Backoff checks a backoff line (kubelet v1.35 and later): the error its
// tree describes, built with the line's NewBackoffError and, for "podsync"
// nodes, its NewSyncResult and PodSyncResult, must read as "error", and
// minBackoff (MinBackoffExpiration) must find "min" and "found" in it.
func Backoff[A ~string, R, P any, B error, PR SyncResultMethods[R], PP PodSyncResultMethods[R, P]](
	newSyncResult func(A, interface{}) *R, newBackoff func(error, time.Time) B, minBackoff func(error) (time.Time, bool)) helpercheck.Check {
	var build func(n *errorNode) (error, error)
	buildAll := func(nodes []*errorNode) ([]error, error) {
		errs := make([]error, 0, len(nodes))
		for _, n := range nodes {
			err, bad := build(n)
			if bad != nil {
				return nil, bad
			}
			errs = append(errs, err)
		}
		return errs, nil
	}
	// build returns the error n describes (nil for a nil n), or an error
	// saying why the tree cannot be built.
	build = func(n *errorNode) (error, error) {
		if n == nil {
			return nil, nil
		}
		switch n.Op {
		case "text":
			return errors.New(n.Text), nil
		case "backoff", "wrap":
			inner, bad := build(n.Err)
			if bad != nil {
				return nil, bad
			}
			if n.Op == "wrap" {
				return fmt.Errorf("%s%w", n.Prefix, inner), nil
			}
			return newBackoff(inner, n.At), nil
		case "aggregate", "join":
			errs, bad := buildAll(n.Errs)
			if bad != nil {
				return nil, bad
			}
			if n.Op == "join" {
				return errors.Join(errs...), nil
			}
			if agg := utilerrors.NewAggregate(errs); agg != nil {
				return agg, nil
			}
			return nil, nil // a nil Aggregate is a nil error
		case "podsync":
			var p P
			for _, res := range n.Results {
				r := newSyncResult(A(res.Action), res.Target)
				cause, bad := build(res.Err)
				if bad != nil {
					return nil, bad
				}
				if cause != nil {
					PR(r).Fail(cause, res.Message)
				}
				PP(&p).AddSyncResult(r)
			}
			syncErr, bad := build(n.SyncError)
			if bad != nil {
				return nil, bad
			}
			if syncErr != nil {
				PP(&p).Fail(syncErr)
			}
			return PP(&p).Error(), nil
		}
		return nil, fmt.Errorf("unknown op %q in the error tree", n.Op)
	}
	return func(tb testing.TB, line golden.Line) []string {
		var g struct {
			Err   *errorNode      `json:"err"`
			Error string          `json:"error"`
			Found bool            `json:"found"`
			Min   json.RawMessage `json:"min"`
		}
		line.Decode(tb, &g)
		err, bad := build(g.Err)
		if bad != nil {
			return []string{bad.Error()}
		}
		var diffs []string
		if got := errorText(err); got != g.Error {
			diffs = append(diffs, fmt.Sprintf("Error() = %q, kubelet gives %q", got, g.Error))
		}
		at, found := minBackoff(err)
		if atJSON, jsonErr := json.Marshal(at); jsonErr != nil || found != g.Found || string(atJSON) != string(g.Min) {
			diffs = append(diffs, fmt.Sprintf("MinBackoffExpiration = %s, %v; kubelet gives %s, %v", atJSON, found, g.Min, g.Found))
		}
		return diffs
	}
}

// errorText returns err's text, or "" for nil.
func errorText(err error) string {
	if err == nil {
		return ""
	}
	return err.Error()
}
