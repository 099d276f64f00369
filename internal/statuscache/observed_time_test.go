package statuscache

import (
	"errors"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"go.uber.org/goleak"

	"github.com/kubecontainer/kubecontainer/internal/waitfor"
)

// TestCacheSetObservedTime pins the reading of SetObservedTime: it moves a
// known pod's time forward and keeps its data; it never moves it back and
// never creates an entry.
func TestCacheSetObservedTime(t *testing.T) {
	stored := &testStatus{ID: "p", Name: "stored"}
	errStored := errors.New("stored")
	tests := []struct {
		name       string
		setAt      int // 0: the pod has no entry
		observedAt int
		wantModAt  int // 0: no entry
	}{
		{name: "later observation moves the time", setAt: 3, observedAt: 7, wantModAt: 7},
		{name: "equal observation changes nothing", setAt: 3, observedAt: 3, wantModAt: 3},
		{name: "earlier observation changes nothing", setAt: 5, observedAt: 2, wantModAt: 5},
		{name: "unknown pod gets no entry", observedAt: 7},
	}
	for _, mode := range gateModes {
		for _, tc := range tests {
			t.Run(mode.name+"/"+tc.name, func(t *testing.T) {
				c := newTestCache(mode.opts)
				if tc.setAt != 0 {
					c.Set("p", stored, errStored, atSec(tc.setAt))
				}
				c.SetObservedTime("p", atSec(tc.observedAt))
				status, err := c.Get("p")
				if tc.wantModAt == 0 {
					assert.Empty(t, c.pods, "no record is made")
					assert.Equal(t, &testStatus{ID: "p"}, status)
					assert.NoError(t, err)
					return
				}
				assert.Same(t, stored, status, "the data is kept")
				assert.Equal(t, errStored, err)
				assert.Equal(t, atSec(tc.wantModAt), c.pods["p"].modified)
				checkCacheInvariants(t, c)
			})
		}
	}
}

// TestCacheSetObservedTimeServesWaiters checks that an observation serves
// the waiters it reaches, with the kept data, as a Set at that time would.
func TestCacheSetObservedTimeServesWaiters(t *testing.T) {
	defer goleak.VerifyNone(t, goleak.IgnoreCurrent())
	for _, mode := range gateModes {
		t.Run(mode.name, func(t *testing.T) {
			c := newTestCache(mode.opts)
			stored := &testStatus{ID: "p", Name: "stored"}
			c.Set("p", stored, nil, atSec(1))
			_, at5 := c.newerOrSubscribe("p", atSec(5))
			_, at8 := c.newerOrSubscribe("p", atSec(8))
			require.NotNil(t, at5)
			require.NotNil(t, at8)

			c.SetObservedTime("p", atSec(5))
			assert.True(t, isServed(at5), "an observation at the threshold serves")
			assert.Same(t, stored, at5.data.status)
			assert.False(t, isServed(at8))
			checkCacheInvariants(t, c)

			got := startGetNewerThan(c, atSec(5))
			waitForWaiters(t, c, 2)
			c.SetObservedTime("p", atSec(9))
			woken := waitfor.Receive(t, got, "GetNewerThan(atSec(5)) to return after SetObservedTime(atSec(9))")
			assert.Same(t, stored, woken.status)
			assert.True(t, isServed(at8))
			assert.Zero(t, c.Waiters())

			newer := waitfor.Receive(t, startGetNewerThan(c, atSec(8)),
				"GetNewerThan(atSec(8)) to return the entry observed at atSec(9)")
			assert.Same(t, stored, newer.status, "the entry is now newer than atSec(8)")
			assert.NoError(t, newer.err)
			checkCacheInvariants(t, c)
		})
	}
}

// TestCacheSetObservedTimeAndEventedSet checks that with EventedPLEG an
// observed time counts as the entry's time: a Set with older data is
// refused.
func TestCacheSetObservedTimeAndEventedSet(t *testing.T) {
	older := &testStatus{ID: "p", Name: "older"}
	for _, tc := range []struct {
		name        string
		opts        Options
		wantUpdated bool
	}{
		{name: "gate off", opts: Options{}, wantUpdated: true},
		{name: "gate on", opts: Options{EventedPLEG: true}, wantUpdated: false},
	} {
		t.Run(tc.name, func(t *testing.T) {
			c := newTestCache(tc.opts)
			stored := &testStatus{ID: "p", Name: "stored"}
			c.Set("p", stored, nil, atSec(2))
			c.SetObservedTime("p", atSec(9))
			assert.Equal(t, tc.wantUpdated, c.Set("p", older, nil, atSec(5)))
		})
	}
}
