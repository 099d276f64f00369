package statuscache

import (
	"time"

	"k8s.io/apimachinery/pkg/types"
)

// Subscribe registers a waiter exactly as GetNewerThan does, without
// blocking, and returns a channel that is closed once the waiter is served
// (at once when the data is already newer than minTime). Tests and
// benchmarks use it to measure a wake-up without a goroutine switch.
func (c *Cache[S]) Subscribe(id types.UID, minTime time.Time) <-chan struct{} {
	if _, w := c.newerOrSubscribe(id, minTime); w != nil {
		return w.done
	}
	done := make(chan struct{})
	close(done)
	return done
}

// Waiters returns how many GetNewerThan calls are waiting.
func (c *Cache[S]) Waiters() int {
	c.lock.RLock()
	defer c.lock.RUnlock()
	n := 0
	for _, pod := range c.pods {
		n += len(pod.waiters)
	}
	return n
}
