package statuscache

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// TestCacheSetObservedTimeServesWaitersOfUnknownPod pins what kubelet
// v1.36.3's recorded scenarios show: an observation of a pod without an
// entry serves the waiters it reaches with the default status, and still
// creates no entry.
func TestCacheSetObservedTimeServesWaitersOfUnknownPod(t *testing.T) {
	for _, mode := range gateModes {
		t.Run(mode.name, func(t *testing.T) {
			c := newTestCache(Options{EventedPLEG: mode.opts.EventedPLEG, EventedPLEGKeepsWaiting: true})
			_, at3 := c.newerOrSubscribe("p", atSec(3))
			_, at6 := c.newerOrSubscribe("p", atSec(6))
			require.NotNil(t, at3)
			require.NotNil(t, at6)

			c.SetObservedTime("p", atSec(2))
			assert.False(t, isServed(at3), "an observation before the threshold serves nothing")
			c.SetObservedTime("p", atSec(3))
			assert.True(t, isServed(at3), "an observation at the threshold serves")
			assert.Equal(t, &testStatus{ID: "p"}, at3.data.status, "with the default status")
			assert.False(t, isServed(at6))

			_, again := c.newerOrSubscribe("p", atSec(1))
			assert.NotNil(t, again, "no entry was made: a GetNewerThan of atSec(1) still waits")
			checkCacheInvariants(t, c)
			c.UpdateTime(atSec(9))
			assert.Zero(t, c.Waiters())
		})
	}
}
