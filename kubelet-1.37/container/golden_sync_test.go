package container

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"testing"
	"time"

	utilerrors "k8s.io/apimachinery/pkg/util/errors"

	"github.com/kubecontainer/kubecontainer/internal/golden"
	"github.com/kubecontainer/kubecontainer/internal/helpercheck"
	"github.com/kubecontainer/kubecontainer/internal/statuscheck"
)

// TestSyncResultAndBackoffGolden walks the "syncresult" and "backoff"
// lines of misc.jsonl in every golden set (the other kinds have walkers of
// their own) and rebuilds each line's value with this package.
func TestSyncResultAndBackoffGolden(t *testing.T) {
	statuscheck.Kinds(t, readGolden(t, "misc.jsonl"), map[string]helpercheck.Check{
		"syncresult": lineCheck(checkSyncResultLine),
		"backoff":    lineCheck(checkBackoffLine),
	})
}

// lineCheck adapts a check of a line's data that stops at the first
// difference to a helpercheck.Check.
func lineCheck(check func(data []byte) error) helpercheck.Check {
	return func(_ testing.TB, line golden.Line) []string {
		if err := check(line.Data); err != nil {
			return []string{err.Error()}
		}
		return nil
	}
}

// syncResultLine is a "syncresult" line.
type syncResultLine struct {
	SyncResults []syncEntry `json:"syncResults"`
	SyncError   *string     `json:"syncError"`
	Error       string      `json:"error"`
}

// syncEntry is one step result of a "syncresult" line: a non-null error
// means a failed step (Fail), a null one a success with a message.
type syncEntry struct {
	Action  SyncAction      `json:"action"`
	Target  json.RawMessage `json:"target"`
	Error   *string         `json:"error"`
	Message string          `json:"message"`
}

// result makes the SyncResult the entry describes.
func (e syncEntry) result() (*SyncResult, error) {
	target, err := goldenTarget(e.Target)
	if err != nil {
		return nil, err
	}
	r := NewSyncResult(e.Action, target)
	r.Message = e.Message
	if e.Error != nil {
		r.Fail(errors.New(*e.Error), e.Message)
	}
	return r, nil
}

func checkSyncResultLine(data []byte) error {
	var g syncResultLine
	if err := json.Unmarshal(data, &g); err != nil {
		return err
	}
	var p PodSyncResult
	for _, entry := range g.SyncResults {
		r, err := entry.result()
		if err != nil {
			return err
		}
		p.AddSyncResult(r)
	}
	if g.SyncError != nil {
		p.Fail(errors.New(*g.SyncError))
	}
	if got := errorText(p.Error()); got != g.Error {
		return fmt.Errorf("Error() = %q, want %q", got, g.Error)
	}
	return nil
}

// goldenTarget turns a JSON target into the Go value the generator passed:
// a string, nil, or an int.
func goldenTarget(raw json.RawMessage) (interface{}, error) {
	var v interface{}
	dec := json.NewDecoder(bytes.NewReader(raw))
	dec.UseNumber()
	if err := dec.Decode(&v); err != nil {
		return nil, fmt.Errorf("target %s: %w", raw, err)
	}
	n, isNumber := v.(json.Number)
	if !isNumber {
		return v, nil
	}
	i, err := n.Int64()
	if err != nil {
		return nil, fmt.Errorf("target %s: %w", raw, err)
	}
	return int(i), nil
}

// errorNode is a node of a "backoff" line's error tree.
type errorNode struct {
	Op      string       `json:"op"`
	Text    string       `json:"text"`
	At      time.Time    `json:"at"`
	Err     *errorNode   `json:"err"`
	Prefix  string       `json:"prefix"`
	Errs    []*errorNode `json:"errs"`
	Results []struct {
		Action  SyncAction `json:"action"`
		Target  string     `json:"target"`
		Err     *errorNode `json:"err"`
		Message string     `json:"message"`
	} `json:"results"`
	SyncError *errorNode `json:"syncError"`
}

// validate checks that every op of the tree is known.
func (n *errorNode) validate() error {
	if n == nil {
		return nil
	}
	children := append([]*errorNode{n.Err, n.SyncError}, n.Errs...)
	for _, r := range n.Results {
		children = append(children, r.Err)
	}
	switch n.Op {
	case "text", "backoff", "wrap", "aggregate", "join", "podsync":
	default:
		return fmt.Errorf("unknown op %q in the error tree", n.Op)
	}
	for _, child := range children {
		if err := child.validate(); err != nil {
			return err
		}
	}
	return nil
}

// build makes the error the node describes, as the generator did; a nil
// node is a nil error. The tree is valid.
func (n *errorNode) build() error {
	if n == nil {
		return nil
	}
	switch n.Op {
	case "text":
		return errors.New(n.Text)
	case "backoff":
		return NewBackoffError(n.Err.build(), n.At)
	case "wrap":
		return fmt.Errorf("%s%w", n.Prefix, n.Err.build())
	case "aggregate":
		if agg := utilerrors.NewAggregate(buildAll(n.Errs)); agg != nil {
			return agg
		}
		return nil // a nil Aggregate is a nil error
	case "join":
		return errors.Join(buildAll(n.Errs)...)
	default: // "podsync"
		var p PodSyncResult
		for _, res := range n.Results {
			r := NewSyncResult(res.Action, res.Target)
			if res.Err != nil {
				r.Fail(res.Err.build(), res.Message)
			} else {
				r.Message = res.Message
			}
			p.AddSyncResult(r)
		}
		if n.SyncError != nil {
			p.Fail(n.SyncError.build())
		}
		return p.Error()
	}
}

func buildAll(nodes []*errorNode) []error {
	list := make([]error, 0, len(nodes))
	for _, node := range nodes {
		list = append(list, node.build())
	}
	return list
}

// backoffLine is a "backoff" line.
type backoffLine struct {
	Err   *errorNode      `json:"err"`
	Error string          `json:"error"`
	Found bool            `json:"found"`
	Min   json.RawMessage `json:"min"`
}

func checkBackoffLine(data []byte) error {
	var g backoffLine
	if err := json.Unmarshal(data, &g); err != nil {
		return err
	}
	if err := g.Err.validate(); err != nil {
		return err
	}
	built := g.Err.build()
	if got := errorText(built); got != g.Error {
		return fmt.Errorf("Error() = %q, want %q", got, g.Error)
	}
	gotMin, gotFound := MinBackoffExpiration(built)
	gotMinJSON, err := json.Marshal(gotMin)
	if err != nil {
		return err
	}
	if gotFound != g.Found || string(gotMinJSON) != string(g.Min) {
		return fmt.Errorf("MinBackoffExpiration = %s, %v; want %s, %v", gotMinJSON, gotFound, g.Min, g.Found)
	}
	return nil
}

// errorText is err.Error(), or "" for nil.
func errorText(err error) string {
	if err == nil {
		return ""
	}
	return err.Error()
}
