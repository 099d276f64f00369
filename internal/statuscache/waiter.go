package statuscache

import (
	"time"

	"k8s.io/apimachinery/pkg/types"
)

// podData is what the cache hands out for one pod.
type podData[S any] struct {
	status *S
	err    error
}

// waiter is one GetNewerThan call waiting for data newer than minTime.
type waiter[S any] struct {
	minTime time.Time
	// data is set, and then done closed, when the waiter is served.
	data podData[S]
	done chan struct{}
}

// podState is everything the cache keeps about one pod: its entry, if any,
// and its waiters.
type podState[S any] struct {
	id types.UID
	// known is true while the pod has an entry: from a Set to a Delete.
	known    bool
	data     podData[S]
	modified time.Time
	// waiters are in the order they subscribed.
	waiters []*waiter[S]
	// key is the pod's place in Cache.byThreshold. It is never after the
	// minTime of any of the waiters, but may be before all of them: a Set
	// that serves the earliest waiters leaves it alone rather than move the
	// pod in the heap.
	key time.Time
	// index is the pod's position in Cache.byThreshold, -1 when it is not
	// there.
	index int
}

// earliestMinTime returns the earliest minimum time of waiters.
func earliestMinTime[S any](waiters []*waiter[S]) time.Time {
	earliest := waiters[0].minTime
	for _, w := range waiters[1:] {
		if w.minTime.Before(earliest) {
			earliest = w.minTime
		}
	}
	return earliest
}
