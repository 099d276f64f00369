package container

import (
	"errors"
	"fmt"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	utilerrors "k8s.io/apimachinery/pkg/util/errors"
)

func TestBackoffError(t *testing.T) {
	cause := errors.New("back-off 20s restarting failed container")
	at := time.Date(2025, 1, 2, 3, 4, 5, 6, time.FixedZone("", 3600))
	err := NewBackoffError(cause, at)
	assert.Equal(t, cause.Error(), err.Error())
	assert.Equal(t, at, err.BackoffTime())
	assert.Equal(t, "+01:00", err.BackoffTime().Format("Z07:00"), "the zone is kept")
	assert.Nil(t, errors.Unwrap(err), "BackoffError does not unwrap")
	assert.False(t, errors.Is(err, cause))
}

func TestMinBackoffExpiration(t *testing.T) {
	at := func(s int) time.Time { return time.Date(2025, 1, 1, 0, 0, s, 0, time.UTC) }
	backoff := func(s int) error { return NewBackoffError(errors.New("b"), at(s)) }
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
		{name: "zero time is found", err: NewBackoffError(plain, time.Time{}), wantFound: true},
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
		{name: "backoff hides what it carries", err: NewBackoffError(backoff(1), at(8)), want: at(8), wantFound: true},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			got, found := MinBackoffExpiration(tc.err)
			assert.Equal(t, tc.wantFound, found)
			assert.Equal(t, tc.want, got)
		})
	}
}

func TestMinBackoffExpirationThroughPodSyncResult(t *testing.T) {
	at := time.Date(2025, 1, 1, 0, 1, 0, 0, time.UTC)
	var p PodSyncResult
	r := NewSyncResult(StartContainer, "app")
	r.Fail(NewBackoffError(ErrCrashLoopBackOff, at), "back-off 5m0s")
	p.AddSyncResult(NewSyncResult(KillContainer, "old"), r)
	got, found := MinBackoffExpiration(p.Error())
	assert.True(t, found)
	assert.Equal(t, at, got)
}
