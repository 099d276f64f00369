package syncresult

import (
	"errors"
	"time"

	utilerrors "k8s.io/apimachinery/pkg/util/errors"
)

// Backoff is what MinBackoff needs of a line's *BackoffError (kubelet
// v1.35 and later): an error that carries when its back-off expires.
type Backoff[B any] interface {
	*B
	error
	BackoffTime() time.Time
}

// MinBackoff returns when the back-off carried by err expires, and whether
// err carries one, as kubelet's MinBackoffExpiration searches:
//  1. the first PB that errors.As finds decides, though an Aggregate
//     elsewhere in the tree may hold an earlier time (errors.As follows
//     both kinds of Unwrap, but not into an apimachinery Aggregate);
//  2. else, in the first Aggregate errors.As finds, the earliest result
//     over its errors (the first of equal times);
//  3. else the result for errors.Unwrap(err), when that is not nil (so
//     not into errors.Join).
//
// A zero time still counts as found.
func MinBackoff[B any, PB Backoff[B]](err error) (time.Time, bool) {
	var backoff PB
	if errors.As(err, &backoff) {
		return backoff.BackoffTime(), true
	}
	var agg utilerrors.Aggregate
	if errors.As(err, &agg) {
		var earliest time.Time
		found := false
		for _, e := range agg.Errors() {
			if t, ok := MinBackoff[B, PB](e); ok && (!found || t.Before(earliest)) {
				earliest, found = t, true
			}
		}
		return earliest, found
	}
	if inner := errors.Unwrap(err); inner != nil {
		return MinBackoff[B, PB](inner)
	}
	return time.Time{}, false
}
