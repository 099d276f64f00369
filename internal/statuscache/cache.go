package statuscache

import (
	"container/heap"
	"sync"
	"time"

	"k8s.io/apimachinery/pkg/types"
)

// Options selects how a Cache behaves. The zero value is the kubelet's
// cache with the EventedPLEG feature gate off.
type Options struct {
	// EventedPLEG makes the cache behave as the kubelet's does with its
	// EventedPLEG feature gate on: Set keeps a cached entry whose
	// timestamp is after the given one (and returns false), and
	// GetNewerThan for a pod without an entry returns the default status
	// at once instead of waiting.
	EventedPLEG bool
	// EventedPLEGKeepsWaiting is kubelet v1.29 and later's EventedPLEG:
	// GetNewerThan for a pod without an entry waits as without the gate;
	// only Set differs. Kubelet v1.27 returns the default status at once.
	EventedPLEGKeepsWaiting bool
}

// Cache is the pod status cache over the status type S. It is safe for
// concurrent use. The zero value is not usable; call New.
//
// It keeps one podState per pod that has an entry or is in the heap. A pod
// with waiters is in byThreshold, a min-heap ordered by a lower bound of
// its earliest waiter's threshold. Set looks at its own pod only, and only
// past the bound; UpdateTime pops just the pods whose bound it reaches. So
// the cost of a Set does not depend on the other pods' waiters, and that of
// an UpdateTime on the waiters it does not wake.
//
// A pod whose last waiter a Set serves stays in the heap ("idle"), again so
// that Set need not move it. UpdateTime drops the idle pods it meets, and
// Set drops them all once they are over half of the heap: O(1) amortized
// per Set.
//
// Times are compared with Before and After, as the kubelet does. The heap
// needs those comparisons to be consistent with each other, which they are
// unless times with and without a monotonic clock reading are mixed across
// a step of the wall clock.
type Cache[S any] struct {
	lock        sync.RWMutex
	eventedPLEG bool
	// unknownAtOnce: GetNewerThan returns a pod without an entry at once.
	unknownAtOnce bool
	// newDefault makes the status of a pod without an entry.
	newDefault func(types.UID) *S
	// pods holds every pod that is known or in byThreshold.
	pods map[types.UID]*podState[S]
	// timestamp is the global timestamp; hasTimestamp is false until the
	// first UpdateTime.
	timestamp    time.Time
	hasTimestamp bool
	byThreshold  thresholdHeap[S]
	// idle counts the pods in byThreshold without waiters.
	idle int
}

// New returns an empty Cache. newDefault makes the status handed out for a
// pod the cache has no entry for (the kubelet's: an empty PodStatus with
// only its ID set); it is called afresh every time.
func New[S any](opts Options, newDefault func(types.UID) *S) *Cache[S] {
	return &Cache[S]{
		eventedPLEG:   opts.EventedPLEG,
		unknownAtOnce: opts.EventedPLEG && !opts.EventedPLEGKeepsWaiting,
		newDefault:    newDefault,
		pods:          make(map[types.UID]*podState[S]),
	}
}

// Get returns the pod's cached status and error, or the default status
// when the pod has no entry. It never blocks.
func (c *Cache[S]) Get(id types.UID) (*S, error) {
	c.lock.RLock()
	defer c.lock.RUnlock()
	d := c.current(id, c.pods[id])
	return d.status, d.err
}

// GetNewerThan returns the pod's data as soon as it is newer than minTime:
// at once if it already is, otherwise when a Set or SetObservedTime of the
// pod, or an UpdateTime, reaches minTime.
func (c *Cache[S]) GetNewerThan(id types.UID, minTime time.Time) (*S, error) {
	d, w := c.newerOrSubscribe(id, minTime)
	if w == nil {
		return d.status, d.err
	}
	<-w.done
	return w.data.status, w.data.err
}

// Set stores the pod's data with timestamp as its time and serves the
// pod's waiters whose minimum time is not after timestamp. With
// EventedPLEG it keeps a cached entry that is newer than timestamp and
// returns false; otherwise it always stores and returns true.
func (c *Cache[S]) Set(id types.UID, status *S, err error, timestamp time.Time) bool {
	c.lock.Lock()
	defer c.lock.Unlock()
	pod := c.pods[id]
	if pod == nil {
		pod = &podState[S]{id: id, index: -1}
		c.pods[id] = pod
	} else if c.eventedPLEG && pod.known && pod.modified.After(timestamp) {
		return false
	}
	pod.known = true
	pod.data = podData[S]{status: status, err: err}
	pod.modified = timestamp
	c.wake(pod, timestamp)
	return true
}

// SetObservedTime records that the runtime confirmed the pod's cached data
// at timestamp. For a pod with an entry whose time is before timestamp it
// moves the entry's time forward to timestamp, keeping the data; an
// observation never makes an entry older, nor creates one. Either way it
// serves the pod's waiters that timestamp reaches, with the pod's data or,
// for a pod without an entry, the default status (kubelet v1.36's recorded
// scenarios show both).
func (c *Cache[S]) SetObservedTime(id types.UID, timestamp time.Time) {
	c.lock.Lock()
	defer c.lock.Unlock()
	pod := c.pods[id]
	if pod == nil {
		return // neither an entry nor waiters
	}
	if pod.known && timestamp.After(pod.modified) {
		pod.modified = timestamp
	}
	c.wake(pod, timestamp)
}

// Delete removes the pod's entry. Its waiters stay.
func (c *Cache[S]) Delete(id types.UID) {
	c.lock.Lock()
	defer c.lock.Unlock()
	pod := c.pods[id]
	if pod == nil {
		return
	}
	pod.known = false
	pod.data = podData[S]{}
	c.forgetIfUnused(pod)
}

// UpdateTime sets the global timestamp, forwards or backwards, and serves
// every waiter whose minimum time is not after it.
func (c *Cache[S]) UpdateTime(timestamp time.Time) {
	c.lock.Lock()
	defer c.lock.Unlock()
	c.timestamp = timestamp
	c.hasTimestamp = true
	for len(c.byThreshold) > 0 {
		pod := c.byThreshold[0]
		if pod.key.After(timestamp) {
			return
		}
		if len(pod.waiters) == 0 {
			c.idle--
		} else {
			c.serve(pod, timestamp)
		}
		if len(pod.waiters) == 0 {
			heap.Pop(&c.byThreshold)
			c.forgetIfUnused(pod)
			continue
		}
		// The waiters left are all after timestamp: move the pod down.
		pod.key = earliestMinTime(pod.waiters)
		heap.Fix(&c.byThreshold, 0)
	}
}

// wake serves the pod's waiters that timestamp reaches, after its data or
// its time changed, and drops the idle pods once they are half the heap.
func (c *Cache[S]) wake(pod *podState[S], timestamp time.Time) {
	if len(pod.waiters) == 0 || pod.key.After(timestamp) {
		return // no waiter of the pod wants data this old
	}
	c.serve(pod, timestamp)
	if len(pod.waiters) == 0 {
		c.idle++
		if 2*c.idle > len(c.byThreshold) {
			c.dropIdle()
		}
	}
}

// newerOrSubscribe returns the pod's data if it is already newer than
// minTime; otherwise it returns a waiter registered for it.
func (c *Cache[S]) newerOrSubscribe(id types.UID, minTime time.Time) (podData[S], *waiter[S]) {
	c.lock.Lock()
	defer c.lock.Unlock()
	globalNewer := c.hasTimestamp && c.timestamp.After(minTime)
	pod := c.pods[id]
	known := pod != nil && pod.known
	switch {
	case !known && (globalNewer || c.unknownAtOnce):
		return c.current(id, nil), nil
	case known && (globalNewer || pod.modified.After(minTime)):
		return pod.data, nil
	}
	if pod == nil {
		pod = &podState[S]{id: id, index: -1}
		c.pods[id] = pod
	}
	if pod.index < 0 {
		pod.key = minTime
		heap.Push(&c.byThreshold, pod)
	} else {
		if len(pod.waiters) == 0 {
			c.idle-- // it was idle
		}
		if minTime.Before(pod.key) {
			pod.key = minTime
			heap.Fix(&c.byThreshold, pod.index)
		}
	}
	w := &waiter[S]{minTime: minTime, done: make(chan struct{})}
	pod.waiters = append(pod.waiters, w)
	return podData[S]{}, w
}

// current returns the data of pod, or the default data when it has no
// entry. pod may be nil.
func (c *Cache[S]) current(id types.UID, pod *podState[S]) podData[S] {
	if pod != nil && pod.known {
		return pod.data
	}
	return podData[S]{status: c.newDefault(id)}
}

// serve hands the pod's current data to each of its waiters whose minimum
// time is not after timestamp, in subscription order, and keeps the others.
func (c *Cache[S]) serve(pod *podState[S], timestamp time.Time) {
	kept := pod.waiters[:0]
	for _, w := range pod.waiters {
		if w.minTime.After(timestamp) {
			kept = append(kept, w)
			continue
		}
		w.data = c.current(pod.id, pod)
		close(w.done)
	}
	for i := len(kept); i < len(pod.waiters); i++ {
		pod.waiters[i] = nil
	}
	pod.waiters = kept
}

// forgetIfUnused drops a pod that has neither an entry nor a place in the
// heap.
func (c *Cache[S]) forgetIfUnused(pod *podState[S]) {
	if !pod.known && pod.index < 0 {
		delete(c.pods, pod.id)
	}
}

// dropIdle takes every idle pod out of the heap and rebuilds it, in
// O(pods in the heap).
func (c *Cache[S]) dropIdle() {
	kept := c.byThreshold[:0]
	for _, pod := range c.byThreshold {
		if len(pod.waiters) == 0 {
			pod.index = -1
			c.forgetIfUnused(pod)
			continue
		}
		pod.index = len(kept)
		kept = append(kept, pod)
	}
	for i := len(kept); i < len(c.byThreshold); i++ {
		c.byThreshold[i] = nil
	}
	c.byThreshold = kept
	c.idle = 0
	heap.Init(&c.byThreshold)
}
