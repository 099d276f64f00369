package syncresult

import (
	"errors"
	"fmt"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	utilerrors "k8s.io/apimachinery/pkg/util/errors"
)

// backoffError is a line's BackoffError: it reads as its error and does
// not unwrap.
type backoffError struct {
	error
	at time.Time
}

func (e *backoffError) BackoffTime() time.Time { return e.at }

func TestMinBackoff(t *testing.T) {
	at := func(s int) time.Time { return time.Date(2025, 1, 1, 0, 0, s, 0, time.UTC) }
	backoff := func(s int) error { return &backoffError{errors.New("b"), at(s)} }
	plain := errors.New("plain")
	tests := []struct {
		name      string
		err       error
		want      time.Time
		wantFound bool
	}{
		{name: "nil"},
		{name: "plain error", err: plain},
		{name: "backoff error", err: backoff(3), want: at(3), wantFound: true},
		{name: "zero time is found", err: &backoffError{plain, time.Time{}}, wantFound: true},
		{name: "wrapped", err: fmt.Errorf("pod: %w", backoff(4)), want: at(4), wantFound: true},
		{name: "formatted, not wrapped", err: fmt.Errorf("pod: %v", backoff(4))},
		{name: "joined: the first found wins", err: errors.Join(backoff(9), backoff(2)), want: at(9), wantFound: true},
		{name: "aggregate: the earliest wins", err: utilerrors.NewAggregate([]error{backoff(9), plain, backoff(2)}),
			want: at(2), wantFound: true},
		{name: "aggregate without backoff", err: utilerrors.NewAggregate([]error{plain, plain})},
		{name: "backoff outside an aggregate beats an earlier one inside",
			err: errors.Join(utilerrors.NewAggregate([]error{backoff(1)}), backoff(7)), want: at(7), wantFound: true},
		{name: "wrapped aggregate", err: fmt.Errorf("x: %w", utilerrors.NewAggregate([]error{backoff(5), backoff(6)})),
			want: at(5), wantFound: true},
		{name: "backoff hides what it carries", err: &backoffError{backoff(1), at(8)}, want: at(8), wantFound: true},
	}
	for _, tc := range tests {
		got, found := MinBackoff[backoffError](tc.err)
		assert.Equal(t, tc.wantFound, found, tc.name)
		assert.Equal(t, tc.want, got, tc.name)
	}
}
