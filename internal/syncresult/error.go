package syncresult

import (
	"fmt"

	utilerrors "k8s.io/apimachinery/pkg/util/errors"
)

// Mode says whether the causes stay reachable through the result.
type Mode int

const (
	// Describe formats each cause with %v: errors.Is and errors.As do not
	// see it (kubelet v1.27).
	Describe Mode = iota
	// Wrap wraps each cause with %w, so errors.Is and errors.As through
	// the single errors reach it; the text is the same (kubelet v1.37).
	Wrap
)

// Step is one step result as the error needs it.
type Step struct {
	Action  string
	Target  interface{}
	Err     error
	Message string
}

// Error returns the error of a pod sync: `failed to SyncPod: <syncError>`
// when syncError is not nil, then for each step with an error, in order,
// `failed to "<Action>" for <Target as %q> with <Err>: <Message as %q>`.
// It is nil when there is none, and otherwise an apimachinery Aggregate:
// its text is the single error's, or "[a, b, ...]" with repeated texts left
// out (without brackets when only one distinct text remains). step reads a
// line's step result.
func Error[R any](mode Mode, syncError error, results []*R, step func(*R) Step) error {
	var errs []error
	if syncError != nil {
		errs = append(errs, syncFailure(mode, syncError))
	}
	for _, r := range results {
		if s := step(r); s.Err != nil {
			errs = append(errs, stepFailure(mode, s))
		}
	}
	return utilerrors.NewAggregate(errs)
}

func syncFailure(mode Mode, err error) error {
	if mode == Wrap {
		return fmt.Errorf("failed to SyncPod: %w", err)
	}
	return fmt.Errorf("failed to SyncPod: %v", err)
}

func stepFailure(mode Mode, s Step) error {
	if mode == Wrap {
		return fmt.Errorf("failed to %q for %q with %w: %q", s.Action, s.Target, s.Err, s.Message)
	}
	return fmt.Errorf("failed to %q for %q with %v: %q", s.Action, s.Target, s.Err, s.Message)
}
