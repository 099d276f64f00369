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
		pods:        make(map[types.UID]podData),
		waiting:     make(map[types.UID]*podWaiters),
	}
}

// podData is what the cache holds, and hands out, for one pod.
type podData struct {
	status   *PodStatus
	err      error
	modified time.Time
}

// waiter is one GetNewerThan call waiting for data newer than minTime.
type waiter struct {
	minTime time.Time
	// data is set, and then done closed, when the waiter is served.
	data podData
	done chan struct{}
}

// podWaiters holds the waiters of one pod in the order they subscribed.
type podWaiters struct {
	id      types.UID
	waiters []*waiter
	// key is the pod's place in cache.byThreshold. It is never after the
	// minTime of any of the waiters, but may be before all of them: a Set
	// that serves the earliest waiters leaves it alone, so that Set never
	// touches the heap.
	key time.Time
	// index is the pod's position in cache.byThreshold.
	index int
}

// cache implements Cache.
//
// Besides the entries and the global timestamp it keeps the waiters twice
// over, so that waking them costs what it wakes: per pod in subscription
// order (Set serves one pod's list, whatever the other pods hold), and as a
// min-heap of pods ordered by a lower bound of their earliest threshold
// (UpdateTime pops only the pods whose bound it reaches). A pod stays in
// both after its last waiter is served by Set ("idle"); UpdateTime drops
// idle pods it meets, and Set drops them all once they are over half of the
// heap, so idle pods cost O(1) amortized per Set.
type cache struct {
	lock        sync.RWMutex
	eventedPLEG bool
	pods        map[types.UID]podData
	// timestamp is the global timestamp; hasTimestamp is false until the
	// first UpdateTime.
	timestamp    time.Time
	hasTimestamp bool
	// waiting and byThreshold hold the same podWaiters.
	waiting     map[types.UID]*podWaiters
	byThreshold thresholdHeap
	// idle counts the podWaiters without waiters.
	idle int
}

// Get returns the pod's cached status and error, or an empty status with
// only the ID set when the pod is unknown. It never blocks.
func (c *cache) Get(id types.UID) (*PodStatus, error) {
	c.lock.RLock()
	defer c.lock.RUnlock()
	d := c.current(id)
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
	if c.eventedPLEG {
		if cached, ok := c.pods[id]; ok && cached.modified.After(timestamp) {
			return false
		}
	}
	c.pods[id] = podData{status: status, err: err, modified: timestamp}
	pw := c.waiting[id]
	if pw == nil || len(pw.waiters) == 0 {
		return true
	}
	c.serve(pw, timestamp)
	if len(pw.waiters) == 0 {
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
	delete(c.pods, id)
}

// UpdateTime sets the global timestamp, forwards or backwards, and serves
// every waiter whose minimum time is not after it.
func (c *cache) UpdateTime(timestamp time.Time) {
	c.lock.Lock()
	defer c.lock.Unlock()
	c.timestamp = timestamp
	c.hasTimestamp = true
	for len(c.byThreshold) > 0 {
		pw := c.byThreshold[0]
		if pw.key.After(timestamp) {
			return
		}
		if len(pw.waiters) == 0 {
			c.idle--
			c.remove(pw)
			continue
		}
		c.serve(pw, timestamp)
		if len(pw.waiters) == 0 {
			c.remove(pw)
			continue
		}
		// The waiters left are all after timestamp: move the pod down.
		pw.key = earliestMinTime(pw.waiters)
		heap.Fix(&c.byThreshold, 0)
	}
}

// newerOrSubscribe returns the pod's data if it is already newer than
// minTime; otherwise it returns a waiter registered for it.
func (c *cache) newerOrSubscribe(id types.UID, minTime time.Time) (podData, *waiter) {
	c.lock.Lock()
	defer c.lock.Unlock()
	globalNewer := c.hasTimestamp && c.timestamp.After(minTime)
	d, known := c.pods[id]
	switch {
	case !known && (globalNewer || c.eventedPLEG):
		return defaultPodData(id), nil
	case known && (globalNewer || d.modified.After(minTime)):
		return d, nil
	}
	w := &waiter{minTime: minTime, done: make(chan struct{})}
	pw := c.waiting[id]
	if pw == nil {
		pw = &podWaiters{id: id, key: minTime}
		c.waiting[id] = pw
		heap.Push(&c.byThreshold, pw)
	} else {
		if len(pw.waiters) == 0 {
			c.idle--
		}
		if minTime.Before(pw.key) {
			pw.key = minTime
			heap.Fix(&c.byThreshold, pw.index)
		}
	}
	pw.waiters = append(pw.waiters, w)
	return podData{}, w
}

// current returns the pod's entry, or the default data when it is unknown.
func (c *cache) current(id types.UID) podData {
	if d, ok := c.pods[id]; ok {
		return d
	}
	return defaultPodData(id)
}

// defaultPodData is a new empty status with only the ID set, and no error.
func defaultPodData(id types.UID) podData {
	return podData{status: &PodStatus{ID: id}}
}

// serve hands the pod's current data to each of its waiters whose minimum
// time is not after timestamp, in subscription order, and keeps the others.
func (c *cache) serve(pw *podWaiters, timestamp time.Time) {
	kept := pw.waiters[:0]
	for _, w := range pw.waiters {
		if w.minTime.After(timestamp) {
			kept = append(kept, w)
			continue
		}
		w.data = c.current(pw.id)
		close(w.done)
	}
	for i := len(kept); i < len(pw.waiters); i++ {
		pw.waiters[i] = nil
	}
	pw.waiters = kept
}

// remove takes a pod out of the heap and the map.
func (c *cache) remove(pw *podWaiters) {
	heap.Remove(&c.byThreshold, pw.index)
	delete(c.waiting, pw.id)
}

// dropIdle removes every idle pod and rebuilds the heap, in O(pods).
func (c *cache) dropIdle() {
	kept := c.byThreshold[:0]
	for _, pw := range c.byThreshold {
		if len(pw.waiters) == 0 {
			delete(c.waiting, pw.id)
			continue
		}
		pw.index = len(kept)
		kept = append(kept, pw)
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

// thresholdHeap is a container/heap of pods, earliest key first.
type thresholdHeap []*podWaiters

func (h thresholdHeap) Len() int           { return len(h) }
func (h thresholdHeap) Less(i, j int) bool { return h[i].key.Before(h[j].key) }

func (h thresholdHeap) Swap(i, j int) {
	h[i], h[j] = h[j], h[i]
	h[i].index = i
	h[j].index = j
}

func (h *thresholdHeap) Push(x any) {
	pw := x.(*podWaiters)
	pw.index = len(*h)
	*h = append(*h, pw)
}

func (h *thresholdHeap) Pop() any {
	old := *h
	last := old[len(old)-1]
	old[len(old)-1] = nil
	*h = old[:len(old)-1]
	return last
}
