package container

import (
	"container/heap"
	"sync"
	"time"

	"k8s.io/apimachinery/pkg/types"
)

// Cache holds the PodStatus of every pod the container runtime can see.
//
// Every entry is at least as new as the cache's global timestamp (set by
// UpdateTime); single entries may be newer. For a pod the runtime knows
// nothing about, the cache returns an empty PodStatus with only its ID set.
//
// Get reads without blocking; GetNewerThan blocks until the cache holds data
// newer than the given time. Whoever fills the cache must call Delete to
// drop the entries of pods that are gone.
type Cache interface {
	Get(types.UID) (*PodStatus, error)
	// Set stores the status of a pod if it is newer than the cached
	// one, judged by the given timestamp, and reports whether it did.
	Set(types.UID, *PodStatus, error, time.Time) (updated bool)
	// GetNewerThan blocks until the cache holds the pod's status newer
	// than the given time, and returns it.
	GetNewerThan(types.UID, time.Time) (*PodStatus, error)
	Delete(types.UID)
	UpdateTime(time.Time)
}

// CacheOptions selects how a Cache made by NewCacheWithOptions behaves.
// The zero value gives the same cache as NewCache.
type CacheOptions struct {
	// EventedPLEG makes the cache behave as the kubelet's does with its
	// EventedPLEG feature gate on. Two things change:
	//   - Set keeps a cached entry whose timestamp is after the given one:
	//     it stores nothing, wakes nobody and returns false. Without the
	//     option Set always stores, even older data, and returns true.
	//   - GetNewerThan for a pod the cache has no entry for returns the
	//     default data (an empty PodStatus with only its ID set) at once.
	//     Without the option it waits until a Set for the pod or an
	//     UpdateTime reaches the requested time.
	EventedPLEG bool
}

// NewCache returns an empty Cache that behaves as the kubelet's cache with
// the EventedPLEG feature gate off, the Kubernetes v1.27 default. It is
// safe for concurrent use.
func NewCache() Cache {
	return NewCacheWithOptions(CacheOptions{})
}

// NewCacheWithOptions returns an empty Cache configured by opts. It is safe
// for concurrent use.
func NewCacheWithOptions(opts CacheOptions) Cache {
	return &cache{
		eventedPLEG: opts.EventedPLEG,
		pods:        make(map[types.UID]*podState),
	}
}

// podData is what the cache hands out for one pod.
type podData struct {
	status *PodStatus
	err    error
}

// waiter is one GetNewerThan call waiting for data newer than minTime.
type waiter struct {
	minTime time.Time
	// data is set, and then done closed, when the waiter is served.
	data podData
	done chan struct{}
}

// podState is everything the cache keeps about one pod: its entry, if
// any, and its waiters.
type podState struct {
	id types.UID
	// known is true while the pod has an entry: from a Set to a Delete.
	known    bool
	data     podData
	modified time.Time
	// waiters are in the order they subscribed.
	waiters []*waiter
	// key is the pod's place in cache.byThreshold. It is never after the
	// minTime of any of the waiters, but may be before all of them: a Set
	// that serves the earliest waiters leaves it alone rather than move the
	// pod in the heap.
	key time.Time
	// index is the pod's position in cache.byThreshold, -1 when it is not
	// there.
	index int
}

// cache implements Cache.
//
// It keeps one podState per pod that has an entry or is in the heap. A pod
// with waiters is in byThreshold, a min-heap ordered by a lower bound of
// its earliest waiter's threshold. Set looks at its own pod only, and only
// past the bound; UpdateTime pops just the pods whose bound it reaches. So
// the cost of a Set does not depend on the other pods' waiters, and that of
// an UpdateTime on the waiters it does not wake.
//
// A pod whose last waiter a Set serves stays in the heap ("idle"), again
// so that Set need not move it. UpdateTime drops the idle pods it meets,
// and Set drops them all once they are over half of the heap: O(1)
// amortized per Set.
//
// Times are compared with Before and After, as upstream does. The heap
// needs those comparisons to be consistent with each other, which they are
// unless times with and without a monotonic clock reading are mixed across
// a step of the wall clock.
type cache struct {
	lock        sync.RWMutex
	eventedPLEG bool
	// pods holds every pod that is known or in byThreshold.
	pods map[types.UID]*podState
	// timestamp is the global timestamp; hasTimestamp is false until the
	// first UpdateTime.
	timestamp    time.Time
	hasTimestamp bool
	byThreshold  thresholdHeap
	// idle counts the pods in byThreshold without waiters.
	idle int
}

// Get returns the pod's cached status and error, or an empty status with
// only the ID set when the pod is unknown. It never blocks.
func (c *cache) Get(id types.UID) (*PodStatus, error) {
	c.lock.RLock()
	defer c.lock.RUnlock()
	d := c.pods[id].current(id)
	return d.status, d.err
}

// GetNewerThan returns the pod's data as soon as it is newer than minTime:
// at once if it already is, otherwise when a Set for the pod or an
// UpdateTime reaches minTime.
func (c *cache) GetNewerThan(id types.UID, minTime time.Time) (*PodStatus, error) {
	d, w := c.newerOrSubscribe(id, minTime)
	if w == nil {
		return d.status, d.err
	}
	<-w.done
	return w.data.status, w.data.err
}

// Set stores the pod's data and serves the pod's waiters whose minimum
// time is not after timestamp. With EventedPLEG it keeps a cached entry
// that is newer than timestamp and returns false.
func (c *cache) Set(id types.UID, status *PodStatus, err error, timestamp time.Time) bool {
	c.lock.Lock()
	defer c.lock.Unlock()
	pod := c.pods[id]
	if pod == nil {
		pod = &podState{id: id, index: -1}
		c.pods[id] = pod
	} else if c.eventedPLEG && pod.known && pod.modified.After(timestamp) {
		return false
	}
	pod.known = true
	pod.data = podData{status: status, err: err}
	pod.modified = timestamp
	if len(pod.waiters) == 0 || pod.key.After(timestamp) {
		return true // no waiter of the pod wants data this old
	}
	c.serve(pod, timestamp)
	if len(pod.waiters) == 0 {
		c.idle++
		if 2*c.idle > len(c.byThreshold) {
			c.dropIdle()
		}
	}
	return true
}

// Delete removes the pod's entry. Its waiters stay.
func (c *cache) Delete(id types.UID) {
	c.lock.Lock()
	defer c.lock.Unlock()
	pod := c.pods[id]
	if pod == nil {
		return
	}
	pod.known = false
	pod.data = podData{}
	c.forgetIfUnused(pod)
}

// UpdateTime sets the global timestamp, forwards or backwards, and serves
// every waiter whose minimum time is not after it.
func (c *cache) UpdateTime(timestamp time.Time) {
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

// newerOrSubscribe returns the pod's data if it is already newer than
// minTime; otherwise it returns a waiter registered for it.
func (c *cache) newerOrSubscribe(id types.UID, minTime time.Time) (podData, *waiter) {
	c.lock.Lock()
	defer c.lock.Unlock()
	globalNewer := c.hasTimestamp && c.timestamp.After(minTime)
	pod := c.pods[id]
	known := pod != nil && pod.known
	switch {
	case !known && (globalNewer || c.eventedPLEG):
		return defaultPodData(id), nil
	case known && (globalNewer || pod.modified.After(minTime)):
		return pod.data, nil
	}
	if pod == nil {
		pod = &podState{id: id, index: -1}
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
	w := &waiter{minTime: minTime, done: make(chan struct{})}
	pod.waiters = append(pod.waiters, w)
	return podData{}, w
}

// current returns the pod's data, or the default data when it is unknown.
// pod may be nil.
func (pod *podState) current(id types.UID) podData {
	if pod != nil && pod.known {
		return pod.data
	}
	return defaultPodData(id)
}

// defaultPodData is a new empty status with only the ID set, and no error.
func defaultPodData(id types.UID) podData {
	return podData{status: &PodStatus{ID: id}}
}

// serve hands the pod's current data to each of its waiters whose minimum
// time is not after timestamp, in subscription order, and keeps the others.
func (c *cache) serve(pod *podState, timestamp time.Time) {
	kept := pod.waiters[:0]
	for _, w := range pod.waiters {
		if w.minTime.After(timestamp) {
			kept = append(kept, w)
			continue
		}
		w.data = pod.current(pod.id)
		close(w.done)
	}
	for i := len(kept); i < len(pod.waiters); i++ {
		pod.waiters[i] = nil
	}
	pod.waiters = kept
}

// forgetIfUnused drops a pod that has neither an entry nor a place in the
// heap.
func (c *cache) forgetIfUnused(pod *podState) {
	if !pod.known && pod.index < 0 {
		delete(c.pods, pod.id)
	}
}

// dropIdle takes every idle pod out of the heap and rebuilds it, in
// O(pods in the heap).
func (c *cache) dropIdle() {
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

// earliestMinTime returns the earliest minimum time of waiters.
func earliestMinTime(waiters []*waiter) time.Time {
	earliest := waiters[0].minTime
	for _, w := range waiters[1:] {
		if w.minTime.Before(earliest) {
			earliest = w.minTime
		}
	}
	return earliest
}

// thresholdHeap is a container/heap of pods, earliest key first. It keeps
// each pod's index up to date.
type thresholdHeap []*podState

func (h thresholdHeap) Len() int           { return len(h) }
func (h thresholdHeap) Less(i, j int) bool { return h[i].key.Before(h[j].key) }

func (h thresholdHeap) Swap(i, j int) {
	h[i], h[j] = h[j], h[i]
	h[i].index = i
	h[j].index = j
}

func (h *thresholdHeap) Push(x any) {
	pod := x.(*podState)
	pod.index = len(*h)
	*h = append(*h, pod)
}

func (h *thresholdHeap) Pop() any {
	old := *h
	last := old[len(old)-1]
	old[len(old)-1] = nil
	last.index = -1
	*h = old[:len(old)-1]
	return last
}
