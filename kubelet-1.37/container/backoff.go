package container

import (
	"errors"
	"time"

	utilerrors "k8s.io/apimachinery/pkg/util/errors"
)

// BackoffError is an error that tells the kubelet when to try again: the
// time its back-off expires. It carries the error it was made from and
// reads as that error, but does not unwrap to it: errors.Is, errors.As and
// MinBackoffExpiration do not look inside.
type BackoffError struct {
	error
	backoffTime time.Time
}

// NewBackoffError returns err marked with the time its back-off expires.
// err must not be nil.
func NewBackoffError(err error, backoffTime time.Time) *BackoffError {
	return &BackoffError{error: err, backoffTime: backoffTime}
}

// BackoffTime returns the time the back-off expires, as given to
// NewBackoffError (its zone included).
func (e *BackoffError) BackoffTime() time.Time {
	return e.backoffTime
}

// MinBackoffExpiration returns when the back-off carried by err expires,
// and whether err carries one at all. The search is the kubelet's:
//  1. the first *BackoffError that errors.As finds decides, though an
//     Aggregate elsewhere in the tree may hold an earlier time (errors.As
//     follows Unwrap, both kinds, but not into an apimachinery Aggregate);
//  2. else, in the first Aggregate errors.As finds, the earliest result of
//     MinBackoffExpiration over its errors (the first of equal times);
//  3. else the result for errors.Unwrap(err), when that is not nil (so not
//     into errors.Join).
//
// A zero back-off time still counts as found.
func MinBackoffExpiration(err error) (time.Time, bool) {
	var backoff *BackoffError
	if errors.As(err, &backoff) {
		return backoff.BackoffTime(), true
	}
	var agg utilerrors.Aggregate
	if errors.As(err, &agg) {
		return earliestBackoff(agg.Errors())
	}
	if inner := errors.Unwrap(err); inner != nil {
		return MinBackoffExpiration(inner)
	}
	return time.Time{}, false
}

// earliestBackoff returns the earliest back-off expiry among errs.
func earliestBackoff(errs []error) (time.Time, bool) {
	var earliest time.Time
	found := false
	for _, err := range errs {
		if t, ok := MinBackoffExpiration(err); ok && (!found || t.Before(earliest)) {
			earliest, found = t, true
		}
	}
	return earliest, found
}
