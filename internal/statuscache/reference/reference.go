// Package reference is a deliberately plain pod status cache written from
// the kubelet's rules alone: one lock, a slice of waiters per pod, and an
// UpdateTime that looks at every pod's waiters.
//
// It exists only as the oracle and the speed baseline for the tests and
// benchmarks of package statuscache and of each line's package container;
// production code uses package statuscache.
package reference

import (
	"sync"
	"time"

	"k8s.io/apimachinery/pkg/types"
)

// Cache is the reference pod status cache over the status type S. It is
// safe for concurrent use.
type Cache[S any] struct {
	lock        sync.RWMutex
	eventedPLEG bool
	newDefault  func(types.UID) *S
	pods        map[types.UID]*entry[S]
	timestamp   *time.Time
	subscribers map[types.UID][]*Waiter[S]
}

// entry is one pod's entry.
type entry[S any] struct {
	status   *S
	err      error
	modified time.Time
}

// Waiter is one GetNewerThan call that has not returned yet.
type Waiter[S any] struct {
	minTime time.Time
	status  *S
	err     error
	done    chan struct{}
}

// Done is closed when the waiter is served.
func (w *Waiter[S]) Done() <-chan struct{} { return w.done }

// Result returns what the waiter was served; it is valid once Done is
// closed.
func (w *Waiter[S]) Result() (*S, error) { return w.status, w.err }

// New returns an empty Cache; eventedPLEG and newDefault mean what they
// mean for statuscache.New.
func New[S any](eventedPLEG bool, newDefault func(types.UID) *S) *Cache[S] {
	return &Cache[S]{
		eventedPLEG: eventedPLEG,
		newDefault:  newDefault,
		pods:        make(map[types.UID]*entry[S]),
		subscribers: make(map[types.UID][]*Waiter[S]),
	}
}

// Get returns the pod's status and error, or the default status.
func (c *Cache[S]) Get(id types.UID) (*S, error) {
	c.lock.RLock()
	defer c.lock.RUnlock()
	return c.get(id)
}

// GetNewerThan blocks until the pod's data is newer than minTime.
func (c *Cache[S]) GetNewerThan(id types.UID, minTime time.Time) (*S, error) {
	w, status, err := c.NewerOrSubscribe(id, minTime)
	if w == nil {
		return status, err
	}
	<-w.done
	return w.Result()
}

// Set stores the pod's data and serves the waiters it reaches.
func (c *Cache[S]) Set(id types.UID, status *S, err error, timestamp time.Time) bool {
	c.lock.Lock()
	defer c.lock.Unlock()
	if c.eventedPLEG {
		if d, ok := c.pods[id]; ok && d.modified.After(timestamp) {
			return false
		}
	}
	c.pods[id] = &entry[S]{status: status, err: err, modified: timestamp}
	c.notify(id, timestamp)
	return true
}

// SetObservedTime moves a known pod's time forward and serves the waiters
// it reaches, those of a pod without an entry too.
func (c *Cache[S]) SetObservedTime(id types.UID, timestamp time.Time) {
	c.lock.Lock()
	defer c.lock.Unlock()
	if d, ok := c.pods[id]; ok && timestamp.After(d.modified) {
		d.modified = timestamp
	}
	c.notify(id, timestamp)
}

// Delete drops the pod's entry.
func (c *Cache[S]) Delete(id types.UID) {
	c.lock.Lock()
	defer c.lock.Unlock()
	delete(c.pods, id)
}

// UpdateTime sets the global time and serves every waiter it reaches.
func (c *Cache[S]) UpdateTime(timestamp time.Time) {
	c.lock.Lock()
	defer c.lock.Unlock()
	c.timestamp = &timestamp
	for id := range c.subscribers {
		c.notify(id, timestamp)
	}
}

// NewerOrSubscribe returns the pod's data if it is newer than minTime, or
// else a registered waiter (and no data).
func (c *Cache[S]) NewerOrSubscribe(id types.UID, minTime time.Time) (*Waiter[S], *S, error) {
	c.lock.Lock()
	defer c.lock.Unlock()
	d, known := c.pods[id]
	globalNewer := c.timestamp != nil && c.timestamp.After(minTime)
	if !known && (c.eventedPLEG || globalNewer) {
		return nil, c.newDefault(id), nil
	}
	if known && (d.modified.After(minTime) || globalNewer) {
		return nil, d.status, d.err
	}
	w := &Waiter[S]{minTime: minTime, done: make(chan struct{})}
	c.subscribers[id] = append(c.subscribers[id], w)
	return w, nil, nil
}

// Subscribe is NewerOrSubscribe for benchmarks: the channel is closed when
// the waiter is served, or at once when the data is ready.
func (c *Cache[S]) Subscribe(id types.UID, minTime time.Time) <-chan struct{} {
	if w, _, _ := c.NewerOrSubscribe(id, minTime); w != nil {
		return w.done
	}
	done := make(chan struct{})
	close(done)
	return done
}

// Waiters returns how many waiters are registered.
func (c *Cache[S]) Waiters() int {
	c.lock.RLock()
	defer c.lock.RUnlock()
	n := 0
	for _, ws := range c.subscribers {
		n += len(ws)
	}
	return n
}

func (c *Cache[S]) get(id types.UID) (*S, error) {
	if d, ok := c.pods[id]; ok {
		return d.status, d.err
	}
	return c.newDefault(id), nil
}

func (c *Cache[S]) notify(id types.UID, timestamp time.Time) {
	var kept []*Waiter[S]
	for _, w := range c.subscribers[id] {
		if w.minTime.After(timestamp) {
			kept = append(kept, w)
			continue
		}
		w.status, w.err = c.get(id)
		close(w.done)
	}
	if len(kept) == 0 {
		delete(c.subscribers, id)
		return
	}
	c.subscribers[id] = kept
}
